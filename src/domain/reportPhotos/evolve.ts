import { own } from '../ids.ts';
import type { ReportPhotoEvent } from './events.ts';
import type { ReportPhoto } from './state.ts';

type Photos = Readonly<Record<string, ReportPhoto>>;

/** Applies one photo event to the workshop's photos. Pure. */
export function evolveReportPhotos(photos: Photos = {}, event: ReportPhotoEvent): Photos {
  switch (event.type) {
    case 'reportPhotoAdded':
      return { ...photos, [event.photo.id]: event.photo };
    case 'reportPhotoEdited': {
      const before = own(photos, event.photoId);
      if (!before) return photos;
      const { caption, people, consent } = event;
      return { ...photos, [before.id]: { ...before, caption, people, consent } };
    }
    case 'reportPhotoRemoved': {
      const { [event.photoId]: _removed, ...rest } = photos;
      return rest;
    }
  }
}
