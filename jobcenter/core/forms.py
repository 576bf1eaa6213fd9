"""Form helpers shared by every front: USWDS classes and accessible error wiring.

``UswdsFormMixin`` gives each widget its USWDS class, points ``aria-describedby`` at the hint and error that
``templates/includes/field.html`` renders (ids ``<id>-hint`` / ``<id>-error``), marks invalid fields with
``aria-invalid``, and shows a service's ``ValidationError`` beside the fields it names
(``add_service_errors``). ``style_form`` and ``apply_service_errors`` do the same for forms that cannot
inherit the mixin.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator

WIDGET_CLASSES: dict[type, str] = {
    forms.TextInput: "usa-input",
    forms.EmailInput: "usa-input",
    forms.URLInput: "usa-input",
    forms.NumberInput: "usa-input",
    forms.PasswordInput: "usa-input",
    forms.DateInput: "usa-input",
    forms.DateTimeInput: "usa-input",
    forms.TimeInput: "usa-input",
    forms.Textarea: "usa-textarea",
    forms.Select: "usa-select",
    forms.SelectMultiple: "usa-select",
}
# Checkboxes and radios are left alone: USWDS's usa-checkbox__input hides the native control and needs the
# usa-checkbox wrapper markup, which only templates written for it provide.


def _describe(form: forms.BaseForm, name: str) -> None:
    field = form.fields[name]
    attrs = field.widget.attrs
    auto_id = form[name].auto_id
    described = [f"{auto_id}-hint"] if field.help_text else []
    if form.is_bound and form._errors is not None and name in form._errors:
        described.append(f"{auto_id}-error")
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)


# Every text input is bounded (issue #10): a field declared without ``max_length`` gets these.
DEFAULT_MAX_LENGTH = 1000
DEFAULT_TEXTAREA_MAX_LENGTH = 10000


def bound_text_field(field: forms.Field) -> None:
    """Give a text field without a maximum length the default one (validator and ``maxlength`` attribute)."""
    if not isinstance(field, forms.CharField) or field.max_length is not None:
        return
    limit = DEFAULT_TEXTAREA_MAX_LENGTH if isinstance(field.widget, forms.Textarea) else DEFAULT_MAX_LENGTH
    field.max_length = limit
    field.validators.append(MaxLengthValidator(limit))
    if not field.widget.is_hidden:
        field.widget.attrs.setdefault("maxlength", str(limit))


# Django's empty choice is "---------"; USWDS (and a person) read "- Select -".
DJANGO_BLANK = "---------"
BLANK_LABEL = "- Select -"


def word_blank_choice(field: forms.Field) -> None:
    """Show a list's empty choice as "- Select -" rather than Django's row of dashes."""
    if isinstance(field, forms.ModelChoiceField):
        if field.empty_label == DJANGO_BLANK:
            field.empty_label = BLANK_LABEL
    elif isinstance(field, forms.ChoiceField) and not isinstance(field.widget, forms.RadioSelect):
        options = list(field.choices)
        if options and options[0][0] == "" and options[0][1] == DJANGO_BLANK:
            field.choices = [("", BLANK_LABEL), *options[1:]]


def style_form(form: forms.BaseForm) -> forms.BaseForm:
    """Give every widget its USWDS class and its hint id, and bound every text field; returns the form."""
    for name, field in form.fields.items():
        bound_text_field(field)
        word_blank_choice(field)
        css = WIDGET_CLASSES.get(type(field.widget))
        if css:
            field.widget.attrs.setdefault("class", css)
        _describe(form, name)
    return form


def apply_service_errors(form: forms.BaseForm, exc: ValidationError) -> None:
    """Show a service's ``ValidationError`` beside the fields it names (the rest at the top of the form)."""
    if hasattr(exc, "error_dict"):
        for field, messages in exc.message_dict.items():
            target = field if field in form.fields else None
            for message in messages:
                form.add_error(target, message)
    else:
        for message in exc.messages:
            form.add_error(None, message)


class UswdsFormMixin:
    """Mixin for ``Form``/``ModelForm``: USWDS widget classes and accessible hint/error wiring."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_form(self)

    def add_error(self, field, error):
        """Record the error and point the widget's ``aria-describedby`` at its message."""
        super().add_error(field, error)
        for name in list(self._errors or {}):
            if name in self.fields:
                _describe(self, name)

    def add_service_errors(self, exc: ValidationError) -> None:
        """Show a service's ``ValidationError`` beside the fields it names."""
        apply_service_errors(self, exc)


def submit_form(request, form: forms.BaseForm, call) -> bool:
    """The POST half of a form page: when the form is posted and valid, run ``call(cleaned_data)`` (a service);
    a ``ValidationError`` from it is shown beside the fields it names. True when the service succeeded."""
    if request.method != "POST" or not form.is_valid():
        return False
    try:
        call(form.cleaned_data)
    except ValidationError as exc:
        apply_service_errors(form, exc)
        return False
    return True


def restyle(form: forms.BaseForm) -> forms.BaseForm:
    """After changing fields' help texts or widgets in ``__init__``: drop the cached bound fields (they copy the
    help text when first built) and wire the hints again."""
    form._bound_fields_cache.clear()
    return style_form(form)


PASSWORD_AGAIN = "Type your password again: for your safety it is not kept when the page shows a mistake."


def ask_password_again(form: forms.BaseForm, name: str = "password") -> forms.BaseForm:
    """After a form came back with mistakes, say why the password box is empty (password inputs are never filled
    back in) in the box's own hint, so the person is not left wondering why a second try says it is missing."""
    if form.is_bound and form.errors and form.data.get(name) and name in form.fields:
        field = form.fields[name]
        field.help_text = f"{PASSWORD_AGAIN} {field.help_text}".strip()
        restyle(form)
    return form
