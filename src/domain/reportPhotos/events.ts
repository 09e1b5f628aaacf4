import type { ReportPhoto } from './state.ts';

/** Photo events (part of the workshop's event union; versioned with WORKSHOP_EVENT_VERSION). */
export type ReportPhotoEvent =
  | { type: 'reportPhotoAdded'; photo: ReportPhoto }
  | {
      type: 'reportPhotoEdited';
      photoId: string;
      caption: string;
      people: boolean;
      consent: boolean;
    }
  | { type: 'reportPhotoRemoved'; photoId: string };
