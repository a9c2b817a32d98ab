import { render } from 'preact';
import { followSystemTheme } from '../../pages/system-theme';
import '../../pages/theme.css';
import './options.css';
import { OptionsApp } from './options-app';

followSystemTheme();
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
