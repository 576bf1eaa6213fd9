"""Two-step sign-in pages: enter a code from the authenticator app, or set one up (ADR 0025)."""

from __future__ import annotations

import base64

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from jobcenter.accounts import twofactor
from jobcenter.core.audit import audit_log
from jobcenter.core.forms import UswdsFormMixin

CODE_WRONG = "That code did not work. Enter the 6-digit code your authenticator app shows now."
CODE_THROTTLED = "Too many wrong codes. Wait a minute, then try the newest code."


class CodeForm(UswdsFormMixin, forms.Form):
    """The 6-digit code from the authenticator app."""

    code = forms.RegexField(
        regex=r"^\s*\d{6}\s*$",
        max_length=12,
        label="Six-digit code",
        help_text="From the authenticator app on your phone (for example Google Authenticator or Microsoft Authenticator).",
        error_messages={"invalid": CODE_WRONG, "required": CODE_WRONG},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "/"


def _check(request, device, form) -> bool:
    """Verify the posted code against ``device`` (django-otp throttles repeated failures)."""
    from django_otp import login as otp_login

    allowed, _ = device.verify_is_allowed()
    if not allowed:
        form.add_error("code", CODE_THROTTLED)
        return False
    if not device.verify_token(form.cleaned_data["code"].strip()):
        form.add_error("code", CODE_WRONG)
        audit_log(action="accounts.two_factor.failed", actor=request.user, data={})
        return False
    otp_login(request, device)
    return True


@require_http_methods(["GET", "POST"])
def two_step_verify(request):
    """Second step of signing in for a user with an authenticator app."""
    device = twofactor.confirmed_device(request.user)
    if device is None:
        return redirect(f"/accounts/two-step/setup/?next={_next(request)}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _check(request, device, form):
        audit_log(action="accounts.two_factor.verified", actor=request.user, data={})
        return redirect(_next(request))
    return render(request, "accounts/two_step_verify.html", {"form": form, "next": _next(request)})


@require_http_methods(["GET", "POST"])
def two_step_setup(request):
    """Add an authenticator app: scan the QR code (or type the key), then enter a code to confirm."""
    import segno
    from django_otp.plugins.otp_totp.models import TOTPDevice

    if not twofactor.two_factor_offered(request.user) and not twofactor.two_factor_required(request.user):
        return redirect("home")
    if twofactor.confirmed_device(request.user) is not None and not request.user.is_verified():
        return redirect(f"/accounts/two-step/?next={_next(request)}")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="Authenticator app", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _check(request, device, form):
        TOTPDevice.objects.filter(user=request.user, confirmed=True).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit_log(action="accounts.two_factor.enrolled", actor=request.user, data={})
        messages.success(request, "Two-step sign-in is on. You will be asked for a code each time you sign in.")
        return redirect(_next(request))
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    qr = segno.make(device.config_url, error="m").svg_inline(scale=4, title="QR code for your authenticator app")
    return render(
        request,
        "accounts/two_step_setup.html",
        {
            "form": form,
            "next": _next(request),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "qr_svg": qr,
            "required": twofactor.two_factor_required(request.user),
        },
    )
