import { mount } from '../shared/mount.tsx';
import { ParticipantApp } from './ParticipantApp.tsx';

mount((setLanguage) => <ParticipantApp setLanguage={setLanguage} />);
