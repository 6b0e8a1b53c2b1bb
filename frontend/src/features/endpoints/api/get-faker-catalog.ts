import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type FakerFunction = {
  name: string;
  usage: string;
  signature: string;
  description: string;
  arguments: { name: string; type: string; defaultValue: unknown; repeated: boolean }[];
  example: string;
};

export async function getFakerCatalog(): Promise<FakerFunction[]> {
  return (await api.get<FakerFunction[]>('/templates/faker')).data;
}

// The catalog is fixed for a running manager: fetch it once per session.
export const fakerCatalogQueryOptions = () =>
  queryOptions({ queryKey: ['templates', 'faker'], queryFn: getFakerCatalog, staleTime: Infinity });

export function useFakerCatalog() {
  return useQuery(fakerCatalogQueryOptions());
}
