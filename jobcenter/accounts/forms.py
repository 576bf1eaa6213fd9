"""Sign-in form: the usual check, plus a plain answer for the owner of a merged duplicate login."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.core.exceptions import ValidationError

from jobcenter.accounts import constants
from jobcenter.core.forms import UswdsFormMixin
from jobcenter.core.presentation import password_hint


class SignInForm(AuthenticationForm):
    """Django's sign-in form. When the password is right but the login was switched off because its job seeker
    record was merged into another (docs/adr/0011-merging-people.md), say so and whom to contact, and nothing
    about the other record. A wrong password gets the usual message, so nobody learns which usernames exist."""

    error_messages = {**AuthenticationForm.error_messages, "invalid_login": constants.SIGN_IN_FAILED}

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            if merged_login(self.cleaned_data.get("username"), self.cleaned_data.get("password")):
                raise ValidationError(
                    constants.MERGED_LOGIN.format(contact=settings.SUPPORT_CONTACT), code="merged"
                ) from None
            raise


def merged_login(username: str | None, password: str | None) -> bool:
    """True for the right password of an inactive login whose job seeker record was merged into another."""
    from jobcenter.accounts.models import User
    from jobcenter.seekers.models import JobSeeker

    if not username or not password:
        return False
    user = User.objects.filter(username=username, is_active=False).first()
    if user is None or not user.check_password(password):
        return False
    return JobSeeker.objects.filter(user=user, is_active=False, merged_into__isnull=False).exists()


class ResetForm(UswdsFormMixin, PasswordResetForm):
    """Ask for a reset link by email address."""


class NewPasswordForm(UswdsFormMixin, SetPasswordForm):
    """Choose the new password; the hint comes from the configured validators."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].help_text = password_hint()
