import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { HostTheme, Locale } from '../../content';
import { useFluentTheme } from './hooks/useFluentTheme';
import { colorSchemeOf, type LoadedTheme } from './host/fluentTheme';

const useShellStyles = makeStyles({
  // The provider paints the theme's background, so it must cover the whole frame.
  provider: { minHeight: '100vh' },
});

type AppShellProps = {
  theme: HostTheme;
  /** The theme the page was prerendered in: hydration starts with it. */
  initialTheme?: LoadedTheme;
  locale: Locale;
  children: ReactNode;
};

/** The one FluentProvider of a page: theme from the host, `lang` on the document. */
export function AppShell({ theme, initialTheme, locale, children }: AppShellProps) {
  const styles = useShellStyles();
  const fluentTheme = useFluentTheme(theme, initialTheme);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    // The dark and high-contrast pages are prerendered with a dark color-scheme (scrollbars, the frame's canvas);
    // a theme that changes later must say so too.
    document.documentElement.style.colorScheme = colorSchemeOf(theme);
  }, [theme]);
  return (
    <FluentProvider theme={fluentTheme} className={styles.provider}>
      {children}
    </FluentProvider>
  );
}
