import { startBadge } from './badge';
import { startCardUi } from './card-ui';
import { startFrameReports } from './frame-reports';
import { startNextMentionCommand } from './next-mention-command';
import { startPageConfig } from './page-config';
import { startResolveAmbiguous } from './resolve-ambiguous';

export default defineBackground(() => {
  startPageConfig();
  startFrameReports();
  startCardUi();
  startResolveAmbiguous();
  startNextMentionCommand();
  startBadge();
});
