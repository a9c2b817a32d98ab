import { render } from 'preact';
import { followSystemTheme } from '../../pages/system-theme';
import '../../pages/theme.css';
import './popup.css';
import { PopupApp } from './popup-app';

followSystemTheme();
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
