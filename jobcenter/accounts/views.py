"""Account pages: API tokens for the signed-in user."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

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
