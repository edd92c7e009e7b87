import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id password hashing. The default parameters follow OWASP's recommendation (19 MiB,
 * 2 passes); `fast` is for tests and the browser journey only, never for a deployment.
 */
export function createPasswordHasher(fast: boolean) {
  const options = fast
    ? { memoryCost: 1024, timeCost: 1, parallelism: 1 }
    : { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
  let dummy: Promise<string> | null = null;
  return {
    hash: (password: string) => hash(password, options),
    verify: async (passwordHash: string, password: string) => {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    },
    /** Spends the same time as a real check, so an unknown user name is not revealed by timing. */
    burn: async (password: string) => {
      dummy ??= hash('not-a-real-password-0', options);
      await verify(await dummy, password).catch(() => false);
    },
  };
}

export type PasswordHasher = ReturnType<typeof createPasswordHasher>;
