"""The job seeker's notification preferences: how they are told about new jobs they qualify for (the method chosen
at registration, manual: Manage Labor Exchange Tools — Notifications), or not at all."""

from __future__ import annotations

from django import forms

from jobcenter.core.forms import UswdsFormMixin
from jobcenter.core.presentation import format_phone
from jobcenter.seekers.choices import NotificationMethod

METHOD_CHOICES = [
    (NotificationMethod.EMAIL, "By email"),
    (NotificationMethod.TEXT, "By text message"),
    (NotificationMethod.MAIL, "By mail (a letter to your home address)"),
    (NotificationMethod.NONE, "Do not tell me about new jobs"),
]
SAVED = {
    NotificationMethod.EMAIL: "Saved. We will email you about new jobs you qualify for.",
    NotificationMethod.TEXT: "Saved. We will send you a text message about new jobs you qualify for.",
    NotificationMethod.MAIL: "Saved. We will mail you a letter about new jobs you qualify for.",
    NotificationMethod.NONE: "Saved. We will not tell you about new jobs. You can still search for jobs at any time.",
}


class NotificationPreferencesForm(UswdsFormMixin, forms.Form):
    """Method (or none), with the email address and mobile phone the methods need."""

    notification_method = forms.ChoiceField(
        label="How should we tell you about new jobs you qualify for?",
        choices=METHOD_CHOICES,
        widget=forms.RadioSelect,
    )
    email = forms.EmailField(label="Email address", required=False, max_length=254)
    phone = forms.CharField(label="Phone number", required=False, max_length=30)
    phone_is_mobile = forms.BooleanField(label="This phone can receive text messages", required=False)

    def __init__(self, *args, seeker, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "notification_method": seeker.notification_method,
                "email": seeker.email,
                "phone": format_phone(seeker.phone) if seeker.phone else "",
                "phone_is_mobile": seeker.phone_is_mobile,
            },
        )
        super().__init__(*args, **kwargs)
        self.seeker = seeker

    def profile_data(self) -> dict:
        d = self.cleaned_data
        data = {"notification_method": d["notification_method"], "phone_is_mobile": d["phone_is_mobile"]}
        data["email"] = (d.get("email") or "").strip()
        phone = (d.get("phone") or "").strip()
        if phone and phone != format_phone(self.seeker.phone):
            data["phone"] = phone
        elif not phone:
            data["phone"] = ""
        return data

    def saved_message(self) -> str:
        return SAVED[self.cleaned_data["notification_method"]]
