// n8n-core starts a service timer (SSH client clean-up) the first time a node context is built, as
// in a long-running n8n. Stop it after each test file, as n8n does when it shuts down.
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';

// n8n-core's own copy of the container (another version may sit at the top of node_modules).
const { Container } = jest.requireActual<typeof import('@n8n/di')>(
	require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] }),
);

afterAll(() => {
	if (Container.has(SSHClientsManager)) Container.get(SSHClientsManager).onShutdown();
});
