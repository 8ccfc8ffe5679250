import { parleyBuild } from '../tsup.shared.js';

export default parleyBuild();
