"""Account pages: API tokens for the signed-in user; the "reset link sent" page."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from jobcenter.accounts import constants
from jobcenter.accounts.models import ApiToken
from jobcenter.core.audit import audit_log


@require_http_methods(["GET", "POST"])
def api_tokens(request):
    """List the user's API tokens; POST issues a new one (shown once) or revokes one."""
    if request.method == "POST":
        if "revoke" in request.POST:
            token = ApiToken.objects.filter(user=request.user, pk=request.POST.get("revoke")).first()
            if token:
                token.revoked = True
                token.save(update_fields=["revoked"])
                audit_log(action="accounts.token.revoked", actor=request.user, obj=token)
                messages.success(request, f"Token {token} revoked.")
            return redirect("api-tokens")
        name = (request.POST.get("name") or "").strip()[:100]
        if not name:
            messages.error(request, "Give the token a name so you can recognise it later.")
            return redirect("api-tokens")
        row, plaintext = ApiToken.issue(user=request.user, name=name)
        audit_log(action="accounts.token.issued", actor=request.user, obj=row)
        return render(
            request,
            "accounts/tokens.html",
            {"tokens": request.user.api_tokens.filter(revoked=False), "new_token": plaintext},
        )
    return render(request, "accounts/tokens.html", {"tokens": request.user.api_tokens.filter(revoked=False)})


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    """The same answer whether or not the address is known (nobody learns who has an account)."""

    template_name = "accounts/password_reset_done.html"

    def get_context_data(self, **kwargs):
        days = max(1, settings.PASSWORD_RESET_TIMEOUT // 86400)
        return {**super().get_context_data(**kwargs), "sent_message": constants.RESET_SENT.format(days=days)}
