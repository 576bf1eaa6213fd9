"""The page a participant or employer opens from an upload link to send a document for the wage follow-up
survey. No sign-in: the one-time, expiring token is the key (policy: "the interviewer may provide a website
where the participant may upload"). Attempts are rate limited; unknown, used and expired links look the same."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from jobcenter.core.forms import UswdsFormMixin, apply_service_errors
from jobcenter.followup import constants, services
from jobcenter.followup.choices import DocumentKind


class UploadForm(UswdsFormMixin, forms.Form):
    """The document and, for pay stubs, how many are in it."""

    file = forms.FileField(label="Your document", help_text="A PDF, JPEG or PNG file, up to 10 MB.")
    stub_count = forms.IntegerField(
        min_value=1, max_value=60, required=False, label="How many pay stubs are in the file?"
    )


def _address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")[:64]


@login_not_required
@never_cache
def upload(request, token: str):
    """Show what is asked for and take one upload."""
    token = token[:100]
    link = services.upload_link_lookup(token)
    if link is None and request.method != "POST":
        return render(request, "portal/followup/upload.html", {"invalid": constants.LINK_INVALID}, status=404)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.upload_link_use(
                token=token,
                upload=form.cleaned_data["file"],
                address=_address(request),
                stub_count=form.cleaned_data.get("stub_count"),
            )
        except ValidationError as exc:
            if constants.LINK_INVALID in exc.messages or constants.LINK_RATE_LIMITED in exc.messages:
                status = 429 if constants.LINK_RATE_LIMITED in exc.messages else 404
                return render(request, "portal/followup/upload.html", {"invalid": exc.messages[0]}, status=status)
            apply_service_errors(form, exc)
        else:
            return render(request, "portal/followup/done.html", {"message": constants.LINK_THANKS})
    if link is None:
        return render(request, "portal/followup/upload.html", {"invalid": constants.LINK_INVALID}, status=404)
    context = {
        "form": form,
        "asked": DocumentKind(link.kind).label,
        "pay_stubs": link.kind == DocumentKind.PAY_STUBS,
        "quarter": link.case.reference_quarter.label,
        "expires": link.expires_at,
    }
    return render(request, "portal/followup/upload.html", context)
