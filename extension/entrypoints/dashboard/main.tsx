import { render } from 'preact';
import '../../pages/theme.css';
import './dashboard.css';
import { DashboardApp } from './dashboard-app';

const root = document.getElementById('app');
if (root) render(<DashboardApp />, root);
