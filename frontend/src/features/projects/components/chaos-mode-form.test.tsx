import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Project } from '@/features/projects/api/types';
import { ChaosModeForm } from '@/features/projects/components/chaos-mode-form';
import type { ChaosPolicy } from '@/lib/chaos';
import { chooseOption } from '@/testing/choose-option';
import { fakeApi } from '@/testing/fake-api';
import { renderPage } from '@/testing/render';

function projectWith(enabled: boolean, policy: ChaosPolicy | null): Project {
  return {
    id: 7,
    orgId: 1,
    name: 'Shop',
    slug: 'shop',
    description: null,
    mockBaseUrl: 'http://localhost:8080/shop',
    settings: {
      chaosMode: { enabled, policy },
      cors: { allowedOrigins: [], allowCredentials: false },
      apiKeyRequired: false,
      fakerLocale: 'en',
    },
    apiKeyIssued: false,
    createdAt: '2025-01-01T00:00:00Z',
  };
}

/** Renders the form for `project`; PATCH answers with the settings it was sent. */
function chaosModeOf(project: Project) {
  const fake = fakeApi({
    'PATCH /projects/7': (config) => [
      200,
      { ...project, settings: { ...project.settings, ...JSON.parse(config.data).settings } },
    ],
  });
  renderPage(<ChaosModeForm project={project} canEdit />);
  const sent = () => fake.called('PATCH /projects/7').map((c) => JSON.parse(c.data).settings.chaosMode);
  return { user: userEvent.setup(), sent };
}

describe('ChaosModeForm', () => {
  it('switches chaos mode on with a fixed delay', async () => {
    const { user, sent } = chaosModeOf(projectWith(false, null));

    await user.click(screen.getByRole('switch', { name: 'Chaos mode' }));
    await chooseOption(user, 'Delay', 'Fixed');
    await user.clear(screen.getByLabelText('Delay (ms)'));
    await user.type(screen.getByLabelText('Delay (ms)'), '300');
    await user.click(screen.getByRole('button', { name: 'Save chaos mode' }));

    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toEqual({
      enabled: true,
      policy: {
        delay: { type: 'fixed', ms: 300 },
        failureRate: 0,
        failureStatus: 503,
        failureBody: null,
        fault: 'http_error',
      },
    });
  });

  it('checks the policy before sending', async () => {
    const { user, sent } = chaosModeOf(
      projectWith(true, {
        delay: { type: 'fixed', ms: 100 },
        failureRate: 0,
        failureStatus: 503,
        failureBody: null,
        fault: 'http_error',
      }),
    );

    await user.clear(screen.getByLabelText('Delay (ms)'));
    await user.type(screen.getByLabelText('Delay (ms)'), '70000');
    await user.clear(screen.getByLabelText(/Failure rate/));
    await user.click(screen.getByRole('button', { name: 'Save chaos mode' }));

    expect(await screen.findByText('Delay must be a whole number from 0 to 60000')).toBeInTheDocument();
    expect(screen.getByText('Failure rate is required')).toBeInTheDocument();
    expect(screen.getByLabelText('Delay (ms)')).toHaveAttribute('aria-invalid', 'true');
    expect(sent()).toHaveLength(0);
  });

  it('keeps a stored failure body that it does not show', async () => {
    const policy: ChaosPolicy = {
      delay: null,
      failureRate: 0.5,
      failureStatus: 500,
      failureBody: '{"error":"down"}',
      fault: 'http_error',
    };
    const { user, sent } = chaosModeOf(projectWith(true, policy));

    await user.click(screen.getByRole('button', { name: 'Save chaos mode' }));

    await waitFor(() => expect(sent()).toEqual([{ enabled: true, policy }]));
  });

  it('switches off with the stored policy, whatever the hidden fields hold', async () => {
    const policy: ChaosPolicy = {
      delay: { type: 'fixed', ms: 100 },
      failureRate: 0.1,
      failureStatus: 503,
      failureBody: null,
      fault: 'connection_reset',
    };
    const { user, sent } = chaosModeOf(projectWith(true, policy));

    await user.clear(screen.getByLabelText('Delay (ms)'));
    await user.click(screen.getByRole('switch', { name: 'Chaos mode' }));
    await user.click(screen.getByRole('button', { name: 'Save chaos mode' }));

    await waitFor(() => expect(sent()).toEqual([{ enabled: false, policy }]));
  });
});
