import type { Config } from '@react-router/dev/config';

// Server rendering on every request (React Router's default), served by react-router-serve.
export default { ssr: true } satisfies Config;
