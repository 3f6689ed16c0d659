import { ExportMenu } from '../export/ExportMenu';
import { NamingToggle } from '../naming/NamingToggle';
import { ThemeSelect } from '../theme/ThemeSelect';
import { PresenterToggle } from './PresenterToggle';

/** The classroom controls for the header: trace export, naming, theme, presenter mode. */
export function HeaderTools() {
  return (
    <div className="header-tools">
      <ExportMenu />
      <NamingToggle />
      <ThemeSelect />
      <PresenterToggle />
    </div>
  );
}
