import { useParams } from 'react-router';
import { getFrontDoorStatus } from '../../api/front-door.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { Paragraph } from '../../components/heading.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { AppLink } from '../../components/link.js';
import { FRONT_DOOR_PATH } from '../../app/route-paths.js';
import './front-door.css';

/**
 * The resident's personal status link: the status in one word, nothing else. An unknown, altered,
 * expired or purged link gets one and the same page: the link does not work (any more), without
 * saying whether a referral belongs to it.
 */
export function FrontDoorStatusPage() {
  const { t, locale } = useI18n();
  const s = t.frontDoor.status;
  const { token = '' } = useParams();
  const status = useQuery((signal) => getFrontDoorStatus(token, signal), [token]);
  if (status.error instanceof ApiError && status.error.status === 404) {
    return (
      <Page title={s.unusableTitle} narrow>
        <Paragraph lead>{s.unusable}</Paragraph>
        <Paragraph>{s.unusablePrivacy}</Paragraph>
        <Paragraph>{s.unusableContact}</Paragraph>
        <Paragraph>
          <AppLink to={FRONT_DOOR_PATH}>{s.toFrontDoor}</AppLink>
        </Paragraph>
      </Page>
    );
  }
  return (
    <Page title={s.title} narrow>
      {status.error !== undefined && (
        <Alert type="error">
          <p className="utrecht-paragraph">{describeError(status.error, t, locale)}</p>
          <Button onClick={status.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!status.data && status.error === undefined && <Loading />}
      {status.data && (
        <>
          <p className="utrecht-paragraph mp-front-door__status" id="fd-status">
            {s.label}: {s.words[status.data.status]}
          </p>
          <Paragraph>{s.explain[status.data.status]}</Paragraph>
          <Paragraph className="mp-muted">{s.more}</Paragraph>
        </>
      )}
    </Page>
  );
}
