import { notifications } from '@mantine/notifications';
import { toApiError } from '@/lib/api-error';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message });
}

/** Shows any failure's readable message. */
export function notifyError(error: unknown, title = 'Something went wrong'): void {
  notifications.show({ color: 'red', title, message: toApiError(error).message });
}
