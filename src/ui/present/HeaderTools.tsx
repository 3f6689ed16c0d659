import { ExportMenu } from '../export/ExportMenu';
import { ThemeSelect } from '../theme/ThemeSelect';
import { PresenterToggle } from './PresenterToggle';

/** The classroom controls for the header: trace export, theme, presenter mode. */
export function HeaderTools() {
  return (
    <div className="header-tools">
      <ExportMenu />
      <ThemeSelect />
      <PresenterToggle />
    </div>
  );
}
