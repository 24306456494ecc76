import { render } from 'preact';
import { article, entities, formatFigure, relatedNames, relations, timeline } from '../../data';
import { Popup } from '../../components/popup/Popup';
import { browserLang, t } from '../../lib/i18n';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';

const lang = browserLang();
document.documentElement.lang = lang;
document.title = t(lang, 'extName');

render(
  <Popup data={{ article, entities, relatedNames, relations, timeline, formatFigure }} lang={lang} />,
  document.getElementById('app')!,
);
