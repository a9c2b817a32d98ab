import { render } from 'preact';
import '../../pages/theme.css';
import './popup.css';
import { PopupApp } from './popup-app';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
