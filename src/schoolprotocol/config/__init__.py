"""Reading and validating a school's `school_config.yml` (the only edge with raw input)."""

from .load import LoadedSchool, Logo, load_school
from .problems import InputError, Problem
from .schema import SchoolConfig

__all__ = ["InputError", "LoadedSchool", "Logo", "Problem", "SchoolConfig", "load_school"]
