// The parts of s3rver (which ships no types) that the tests use.
declare module "s3rver" {
  type Options = { address?: string; port?: number; directory?: string; silent?: boolean; resetOnClose?: boolean };
  export default class S3rver {
    constructor(options?: Options);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
