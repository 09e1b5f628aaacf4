import type { ErrorCatalogue } from '../nl/errors.ts';

export const errors: ErrorCatalogue = {
  WP_ERR_VALIDATION: 'Something is not quite right. Check what you entered and try again.',
  WP_ERR_VALIDATION_required: '{{fieldName}}: this is missing. Please fill it in.',
  WP_ERR_VALIDATION_empty: '{{fieldName}} is still empty. Write something in it.',
  WP_ERR_VALIDATION_tooShort: '{{fieldName}} is too short. Use at least {{limit}} characters.',
  WP_ERR_VALIDATION_tooLong:
    '{{fieldName}} is too long. It fits {{limit}} characters. Make it shorter.',
  WP_ERR_VALIDATION_tooFew: '{{fieldName}}: choose at least {{limit}}.',
  WP_ERR_VALIDATION_tooMany: '{{fieldName}}: choose no more than {{limit}}.',
  WP_ERR_VALIDATION_invalidCharacters:
    '{{fieldName}} has a character that cannot be used. Remove it and try again.',
  WP_ERR_VALIDATION_invalid: '{{fieldName}}: this is not right yet. Check it and try again.',
  fieldNames: {
    text: 'The text',
    name: 'The name',
    description: 'The explanation',
    displayName: 'Your name',
    title: 'The title',
    category: 'The kind',
    strengths: 'The strengths',
    municipality: 'The municipality',
    email: 'The email address',
    password: 'The password',
    code: 'The code',
    other: 'What you entered',
  },
  WP_ERR_TOO_LARGE: 'This is too large to send. Make it shorter.',
  WP_ERR_URI_TOO_LONG: 'This web address is too long. Open Werkplaats again through its link.',
  WP_ERR_HEADERS_TOO_LARGE:
    'Your browser sent too much along with the request. Close the browser and open the link again.',
  WP_ERR_UNAUTHENTICATED: 'You are not signed in (any more). Please sign in again.',
  WP_ERR_LOGIN_FAILED: 'The email address or the password is not right.',
  WP_ERR_FORBIDDEN: 'You are not allowed to do this here.',
  WP_ERR_BAD_ORIGIN:
    'This page does not come from Werkplaats. Open Werkplaats again through its link.',
  WP_ERR_PARTICIPANT_REMOVED:
    'You no longer take part in this workshop. Ask the facilitator for help.',
  WP_ERR_NOT_FOUND: 'This does not exist (any more). Reload the page.',
  WP_ERR_JOIN_CODE_UNKNOWN: 'We do not know this code. Check the code on the screen.',
  WP_ERR_TOKEN_INVALID: 'This link no longer works. Ask for a new link.',
  WP_ERR_WORKSHOP_LOCKED:
    'This workshop is closed to new participants. Ask the facilitator for help.',
  WP_ERR_CONFLICT: 'Someone else just changed this. Please try again.',
  WP_ERR_ACTIVITY_NOT_RUNNING: 'This activity is not running now.',
  WP_ERR_WRONG_PHASE: 'This is not possible in this step of the activity.',
  WP_ERR_NOT_YOUR_NOTE: 'You can only change your own notes.',
  WP_ERR_ALREADY_EXISTS: 'This already exists.',
  WP_ERR_NOT_EMPTY: 'This still contains parts. Move or remove them first.',
  WP_ERR_RATE_LIMITED: 'Slow down: too many attempts. Wait a minute and try again.',
  WP_ERR_UNKNOWN_KIND: 'Werkplaats does not know this kind of activity.',
  WP_ERR_EXPORT_UNAVAILABLE:
    'The server cannot make this file right now. Choose another format, or ask the administrator.',
  WP_ERR_INTERNAL: 'Something went wrong on our side. Please try again shortly.',
};
