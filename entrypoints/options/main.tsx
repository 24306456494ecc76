import { render } from 'preact';
import { entities } from '../../data';
import { Options } from '../../components/options/Options';
import { browserLang, t } from '../../lib/i18n';
import '../../components/shared/theme.css';
import '../../components/options/options.css';

const lang = browserLang();
document.documentElement.lang = lang;
document.title = t(lang, 'optionsTitle');

render(<Options entities={entities} lang={lang} />, document.getElementById('app')!);
