import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../app/api/errors';
import { useI18n } from '../../app/i18n/i18n-context';
import { uploadBatch } from './api';
import { formatBytes, isAcceptedFileName } from './batch-findings';
import { batchIdIn } from './upload-errors';

/**
 * One record file (click or drag and drop), checked for type and size before it is sent, uploaded
 * with a progress bar; the batch's page takes over once the server has queued it. A refusal shows
 * every reason the server gave (and, for a file already screened, a link to the earlier batch).
 */
export function BatchUpload({ maxFileBytes }: { maxFileBytes: number | null }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const localProblem = (file: UploadFile | undefined): string | null => {
    if (!file) return null;
    if (!isAcceptedFileName(file.name)) return t('screen.upload.wrongType', { name: file.name });
    if (maxFileBytes && (file.size ?? 0) > maxFileBytes)
      return t('screen.upload.tooLarge', { name: file.name, max: formatBytes(maxFileBytes) });
    return null;
  };
  const problem = localProblem(files[0]);

  async function start() {
    const raw = files[0]?.originFileObj;
    if (!raw || problem) return;
    setError(null);
    setPercent(0);
    try {
      const created = await uploadBatch(raw, lang, setPercent);
      void navigate(`/screening/batches/${created.id}`);
    } catch (cause) {
      setPercent(null);
      setError(
        cause instanceof ApiError && cause.code !== 'NETWORK'
          ? cause
          : new ApiError({ status: 0, code: 'NETWORK', message: t('common.networkError') }),
      );
    }
  }

  const uploading = percent !== null;
  const earlier = error ? batchIdIn(error) : null;
  return (
    <Flex vertical gap={16}>
      <Upload.Dragger
        maxCount={1}
        accept=".csv,.ndjson,.jsonl"
        fileList={files}
        disabled={uploading}
        beforeUpload={() => false}
        onChange={({ fileList }) => {
          setFiles(fileList.slice(-1));
          setError(null);
        }}
        data-testid="batch-dropzone"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('screen.upload.choose')}</p>
        <p className="ant-upload-hint" data-testid="batch-upload-limit">
          {t('screen.upload.hint', { max: maxFileBytes ? formatBytes(maxFileBytes) : '…' })}
        </p>
      </Upload.Dragger>
      {problem ? <Alert type="warning" showIcon title={problem} data-testid="batch-upload-problem" /> : null}
      {uploading ? (
        <Progress
          percent={percent}
          status="active"
          format={(p) => t('screen.upload.uploading', { percent: p ?? 0 })}
        />
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error.details.length ? t('screen.upload.refused') : error.message}
          description={
            error.details.length || earlier ? (
              <>
                {error.details.length ? (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {error.details.map((d) => (
                      <li key={`${d.code}:${d.message}`}>{d.message}</li>
                    ))}
                  </ul>
                ) : null}
                {earlier ? (
                  <Link to={`/screening/batches/${earlier}`}>{t('screen.upload.openEarlier')}</Link>
                ) : null}
              </>
            ) : undefined
          }
          data-testid="batch-upload-error"
        />
      ) : null}
      <Flex gap={8} align="center" wrap>
        <Button
          type="primary"
          disabled={!files.length || !!problem}
          loading={uploading}
          onClick={() => void start()}
          data-testid="batch-start"
        >
          {t('screen.upload.start')}
        </Button>
        <Button disabled={!files.length || uploading} onClick={() => setFiles([])}>
          {t('screen.upload.clear')}
        </Button>
        <Typography.Text type="secondary">{t('screen.upload.allOrNothing')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
