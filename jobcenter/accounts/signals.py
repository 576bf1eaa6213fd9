"""Sign-ins, sign-outs and failed sign-ins go to the audit log (who used the system, when, from where)."""

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from jobcenter.core.audit import audit_log


def _client(request) -> dict:
    if request is None:
        return {}
    return {"ip": request.META.get("REMOTE_ADDR", ""), "agent": request.META.get("HTTP_USER_AGENT", "")[:200]}


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    audit_log(action="accounts.session.started", actor=user, obj=user, data=_client(request))


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        audit_log(action="accounts.session.ended", actor=user, obj=user, data=_client(request))


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    audit_log(
        action="accounts.session.failed",
        data={"username": str(credentials.get("username", ""))[:150], **_client(request)},
    )
