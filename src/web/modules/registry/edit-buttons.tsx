import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/i18n-context';
import { PERMISSIONS } from '../../app/menu';

type Resource = 'institutions' | 'practitioners';

/** 新建机构 / 新建医务人员: shown only to users who may maintain the registry. */
export function NewRecordButton({ resource }: { resource: Resource }) {
  const t = useT();
  const { hasPermission } = useAuth();
  if (!hasPermission(PERMISSIONS.registryManage)) return null;
  return (
    <Link to={`/registry/${resource}/new`}>
      <Button type="primary" icon={<PlusOutlined />} data-testid={`${resource}-new`}>
        {resource === 'institutions' ? t('edit.newInstitution') : t('edit.newPractitioner')}
      </Button>
    </Link>
  );
}

/** 编辑: on a detail page, for users who may maintain the registry. */
export function EditRecordButton({ resource, id }: { resource: Resource; id: string }) {
  const t = useT();
  const { hasPermission } = useAuth();
  if (!hasPermission(PERMISSIONS.registryManage)) return null;
  return (
    <Link to={`/registry/${resource}/${encodeURIComponent(id)}/edit`}>
      <Button icon={<EditOutlined />} data-testid={`${resource}-edit`}>
        {t('common.edit')}
      </Button>
    </Link>
  );
}
