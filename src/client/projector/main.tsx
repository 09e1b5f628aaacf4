import { mount } from '../shared/mount.tsx';
import { ProjectorApp } from './ProjectorApp.tsx';

mount((setLanguage) => <ProjectorApp setLanguage={setLanguage} />);
