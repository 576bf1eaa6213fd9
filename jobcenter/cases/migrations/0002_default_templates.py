"""Seed the default wage-survey message (policy A.1 suggested wording) and a few case-note templates."""

from django.db import migrations

SURVEY = {
    "name": "Post-exit wage survey (policy A.1 wording)",
    "introduction": (
        "Your long-term success in the workforce is important to us. Because of this, and because of our "
        "commitment to continuous quality improvement, you may be invited in the future to participate in a "
        "follow-up survey to collect information about your employment status and wages."
    ),
    "participant_expectations": (
        "Your participation in the survey is voluntary, and any information that you share with us will be kept "
        "strictly confidential. There will be no penalty for failure to participate. It is possible that you won't "
        "be selected to participate in the survey. If you don't receive an invitation to participate, it will not "
        "be a reflection on you or your career choices or your program experience. It simply means that we "
        "determined that your data is not necessary."
    ),
    "required_documentation": (
        "If you are selected to participate in the survey, we may ask you to provide documentation to confirm your "
        "employment status and earnings. For example, you might be asked to provide a self-employment worksheet or "
        "copies of pay stubs or another form of written confirmation. We ask for this information in order to "
        "maintain our high standards of data quality."
    ),
    "collection_timeframe": (
        "If you are selected to participate in this survey, you will be contacted within 6 to 12 months after the "
        "last service you receive from our job center program. The survey will be conducted by a partner in the "
        "workforce system."
    ),
    "closing": (
        "Our success is measured by your future employment and earnings. Please help us out by participating in "
        "the survey if you are asked. Thank you!"
    ),
}

NOTES = [
    ("Initial assessment", "enrollment", False, "Met with customer for initial assessment. Work history: \nBarriers: \nNext steps: "),
    ("Phone contact", "contact", False, "Called customer. Outcome: "),
    ("Referral follow-up", "service", False, "Followed up on referral to job order #. Result: "),
    ("Employer contact", "contact", True, "Contacted employer about: \nOutcome: "),
    ("Job order taken", "job_order", True, "Took job order from employer. Positions: \nScreening notes: "),
]


def forwards(apps, schema_editor):
    SurveyMessageTemplate = apps.get_model("cases", "SurveyMessageTemplate")
    NoteTemplate = apps.get_model("cases", "NoteTemplate")
    SurveyMessageTemplate.objects.get_or_create(name=SURVEY["name"], defaults=SURVEY)
    for name, kind, for_employers, body in NOTES:
        NoteTemplate.objects.get_or_create(name=name, defaults={"kind": kind, "for_employers": for_employers, "body": body})


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
