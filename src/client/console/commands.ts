import type { FacilitatorCommand } from '../../domain/workshop/commands.ts';
import type { SendResult } from '../../ui/activityView.ts';
import type { WorkshopConnection } from '../shared/connection.ts';

/**
 * Sends a workshop-level facilitator command. Typed against the domain's command schema, so a
 * misspelt field fails the type check instead of the server's validation.
 */
export type RunCommand = (command: FacilitatorCommand) => Promise<SendResult>;

export function commandRunner(connection: WorkshopConnection): RunCommand {
  return (command) => connection.send(null, command);
}
