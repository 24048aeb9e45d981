"""Values read off the real seed page by hand, shared by the tests that check them."""

PROJECTS = (
    "Professional Summer School",
    "Green Card",
    "TalentTrack",
    "YrittäjyysSavotta",
    "EduExcellence",
    "Työelämälähtöisyys 9.0",
    "International ProjectTatami",
)
