import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { NoticeProps } from './Notice';

/** A Fluent MessageBar; loaded lazily by Notice, since no notice shows on first paint. */
export default function MessageBarNotice({ intent, title, children }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {title && ' '}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
