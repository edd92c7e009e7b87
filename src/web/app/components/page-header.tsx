import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../i18n/i18n-context';

export function useDocumentTitle(title: string) {
  const t = useT();
  const suffix = t('app.fullName');
  useEffect(() => {
    document.title = title ? `${title} - ${suffix}` : suffix;
  }, [title, suffix]);
}

export function PageHeader({
  title,
  extra,
  description,
}: {
  title: string;
  extra?: ReactNode;
  description?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <Flex className="wj-page-header" align="center" justify="space-between" gap={16} wrap>
      <div>
        <Typography.Title level={3}>{title}</Typography.Title>
        {description ? <Typography.Text type="secondary">{description}</Typography.Text> : null}
      </div>
      {extra ? <Flex gap={8}>{extra}</Flex> : null}
    </Flex>
  );
}
