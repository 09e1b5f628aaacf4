import type { DecideContext } from '../context.ts';
import { ensure } from '../errors.ts';
import { own } from '../ids.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { ReportPhotoCommand } from './commands.ts';
import type { ReportPhotoEvent } from './events.ts';

/** Adds, edits and removes the photos of the report's blocks. */
export function decideReportPhoto(
  command: ReportPhotoCommand,
  state: WorkshopState,
  ctx: DecideContext,
): ReportPhotoEvent[] {
  const photos = state.reportPhotos ?? {};
  switch (command.type) {
    case 'addReportPhoto': {
      const { photo } = command;
      ensure(own(state.programme.blocks, photo.blockId), 'WP_ERR_NOT_FOUND', { field: 'blockId' });
      ensure(!own(photos, photo.id), 'WP_ERR_ALREADY_EXISTS');
      return [{ type: 'reportPhotoAdded', photo: { ...photo, at: ctx.now } }];
    }
    case 'editReportPhoto': {
      const before = own(photos, command.photoId);
      ensure(before, 'WP_ERR_NOT_FOUND', { field: 'photoId' });
      const { caption, people, consent } = command;
      if (before.caption === caption && before.people === people && before.consent === consent)
        return [];
      return [{ type: 'reportPhotoEdited', photoId: before.id, caption, people, consent }];
    }
    case 'removeReportPhoto':
      ensure(own(photos, command.photoId), 'WP_ERR_NOT_FOUND', { field: 'photoId' });
      return [{ type: 'reportPhotoRemoved', photoId: command.photoId }];
  }
}
