import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../app/api/errors';
import { useI18n } from '../../app/i18n/i18n-context';
import { uploadImport } from './imports-api';

/**
 * Choosing files (click or drag and drop) and uploading them with a progress bar; when the server
 * has queued the import, its page takes over. A refused upload shows every reason the server gave.
 */
export function ImportUpload({ maxFileBytes }: { maxFileBytes: number | null }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function start() {
    setError(null);
    setPercent(0);
    try {
      const raw = files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);
      const created = await uploadImport(raw, lang, setPercent);
      void navigate(`/registry/imports/${created.id}`);
    } catch (cause) {
      setPercent(null);
      setError(
        cause instanceof ApiError
          ? cause
          : new ApiError({ status: 0, code: 'NETWORK', message: String(cause) }),
      );
    }
  }

  const uploading = percent !== null;
  const max = maxFileBytes ? Math.round(maxFileBytes / 1_048_576) : 50;
  return (
    <Flex vertical gap={16}>
      <Upload.Dragger
        multiple
        accept=".csv,.xlsx,.json"
        fileList={files}
        disabled={uploading}
        beforeUpload={() => false}
        onChange={({ fileList }) => {
          setFiles(fileList);
          setError(null);
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('import.choose')}</p>
        <p className="ant-upload-hint">{t('import.chooseHint', { max })}</p>
      </Upload.Dragger>
      {uploading ? (
        <Progress
          percent={percent}
          status="active"
          format={(p) => t('import.uploading', { percent: p ?? 0 })}
        />
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error.details.length ? t('import.uploadFailed') : error.message}
          description={
            error.details.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {error.details.map((d) => (
                  <li key={d.message}>{d.message}</li>
                ))}
              </ul>
            ) : undefined
          }
          data-testid="import-upload-error"
        />
      ) : null}
      <Flex gap={8}>
        <Button
          type="primary"
          disabled={!files.length}
          loading={uploading}
          onClick={() => void start()}
          data-testid="import-start"
        >
          {t('import.start')}
        </Button>
        <Button disabled={!files.length || uploading} onClick={() => setFiles([])}>
          {t('import.clear')}
        </Button>
      </Flex>
    </Flex>
  );
}
