import { z } from 'zod';

/**
 * Domain event topics and payload schemas. They live in shared/ so that a module can subscribe to
 * an event of a module above it without importing that module (architecture.md, "Modules").
 */
export const userCreated = {
  topic: 'identity.user.created',
  payload: z.object({ userId: z.string().uuid(), username: z.string(), createdBy: z.string().nullable() }),
} as const;

export const userLocked = {
  topic: 'identity.user.locked',
  payload: z.object({
    userId: z.string().uuid(),
    username: z.string(),
    jurisdictionCode: z.string(),
    lockedUntil: z.string(),
  }),
} as const;

export type UserCreated = z.infer<typeof userCreated.payload>;
export type UserLocked = z.infer<typeof userLocked.payload>;

/** A clue (线索) was made from screening warnings; inspections and cases will pick it up. */
export const clueCreated = {
  topic: 'screening.clue.created',
  payload: z.object({
    clueId: z.string().uuid(),
    number: z.string(),
    districtCode: z.string(),
    institutionId: z.string().nullable(),
    warningCount: z.number().int(),
  }),
} as const;

export type ClueCreated = z.infer<typeof clueCreated.payload>;
