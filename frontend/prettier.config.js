// The dashboard's code as it was written before Prettier checked it: single quotes, semicolons,
// trailing commas wherever they are allowed, lines up to 120 characters.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
};
