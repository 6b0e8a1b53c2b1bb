import { screen, waitFor } from '@testing-library/react';
import { vi } from 'vitest';
import { BodyTemplateField } from '@/features/endpoints/components/body-template-field';
import { renderWithProviders, SLOW, stubApi } from '@/features/endpoints/testing/render';
import { api } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';

vi.mock('@/lib/api-client', () => ({ api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), delete: vi.fn() } }));

const broken = '{\n  "name": "{{Faker.nmae()}}"\n}';

describe('BodyTemplateField', SLOW, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    stubApi([]);
  });

  it('shows the rendered output of a valid template', async () => {
    vi.mocked(api.post).mockResolvedValue({ data: { output: '{"name":"Ada Lovelace"}', json: true } });
    renderWithProviders(
      <BodyTemplateField value={'{"name": "{{Faker.name()}}"}'} onChange={() => {}} contentType="application/json" />,
    );

    expect(await screen.findByLabelText('Preview output')).toHaveTextContent('"name": "Ada Lovelace"');
    expect(api.post).toHaveBeenCalledWith('/templates/preview', {
      template: '{"name": "{{Faker.name()}}"}',
      contentType: 'application/json',
    });
  });

  it('shows a template error with its line and column and marks the line in the editor', async () => {
    vi.mocked(api.post).mockRejectedValue(
      new ApiError('Invalid request', 400, {
        title: 'Invalid request',
        errors: [
          {
            field: 'template',
            message: "line 2, column 13: unknown Faker function 'nmae' (did you mean name?)",
            line: 2,
            column: 13,
          },
        ],
      }),
    );
    const { container } = renderWithProviders(<BodyTemplateField value={broken} onChange={() => {}} />);

    expect(await screen.findByText('Line 2, column 13')).toBeInTheDocument();
    expect(screen.getByText(/unknown Faker function 'nmae'/)).toBeInTheDocument();
    await waitFor(() => expect(container.querySelector('.cm-line[data-error-line="2"]')).not.toBeNull());
    expect(container.querySelector('.cm-line[data-error-line="2"]')).toHaveTextContent('"name": "{{Faker.nmae()}}"');
    expect(screen.getByRole('textbox', { name: 'Body template' })).toBeInTheDocument();
  });
});
