"""Encrypted personal store: one SQLCipher database per profile, keyed from the passphrase with Argon2id."""

from ._kdf import DEFAULT_KDF, KdfParams
from ._paths import DATA_DIR_ENV, default_data_dir
from ._receipt import SignedReceipt
from .checkins import CheckIn, Question
from .contributions import MINUTES, Contribution, ContributionDirection, ContributionKind, ContributionSource
from .documents import DocumentRecord, DocumentRepository
from .errors import (
    CorruptProfileError,
    ExportFileError,
    NotFoundError,
    PersonalDataError,
    ProfileLockedError,
    ProfileNotFoundError,
    SignedLineError,
    StoreError,
    UnsupportedFormatError,
    ValidationError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from .goals import Goal, GoalAction, GoalStatus
from .identity import DeviceIdentity
from .machine import MachineSettings
from .passphrase import MAX_LENGTH as MAX_PASSPHRASE_LENGTH
from .passphrase import Strength, assess
from .plan import PlanItem, PlanSection
from .portable import PersonalData, import_personal, read_personal, write_personal_csv, write_personal_json
from .profiles import GUEST_LABEL, ProfileInfo, ProfileManager
from .pulse import PulseAnswers
from .relay import RelayRecord, RelayRepository
from .session import ProfileSession
from .settings import (
    AUTO_LOCK_MINUTES,
    CHECKIN_REMINDER_MINUTE,
    DEMO_COMMUNITY,
    KEEP_IN_TRAY,
    MAP_BASE_LAYER,
    SUPPORT_RELAY,
    THEME,
    TRUSTED_NETWORKS,
    WINDOW_GEOMETRY,
    Setting,
)
from .spaces import SpaceRepository
from .supporters import Supporter
from .transfer import (
    EXPORT_SUFFIX,
    export_profile,
    export_profile_bytes,
    import_profile,
    import_profile_bytes,
)

__all__ = [
    "AUTO_LOCK_MINUTES",
    "CHECKIN_REMINDER_MINUTE",
    "DATA_DIR_ENV",
    "DEFAULT_KDF",
    "DEMO_COMMUNITY",
    "EXPORT_SUFFIX",
    "GUEST_LABEL",
    "KEEP_IN_TRAY",
    "MAP_BASE_LAYER",
    "MAX_PASSPHRASE_LENGTH",
    "MINUTES",
    "SUPPORT_RELAY",
    "THEME",
    "TRUSTED_NETWORKS",
    "WINDOW_GEOMETRY",
    "CheckIn",
    "Contribution",
    "ContributionDirection",
    "ContributionKind",
    "ContributionSource",
    "CorruptProfileError",
    "DeviceIdentity",
    "DocumentRecord",
    "DocumentRepository",
    "ExportFileError",
    "Goal",
    "GoalAction",
    "GoalStatus",
    "KdfParams",
    "MachineSettings",
    "NotFoundError",
    "PersonalData",
    "PersonalDataError",
    "PlanItem",
    "PlanSection",
    "ProfileInfo",
    "ProfileLockedError",
    "ProfileManager",
    "ProfileNotFoundError",
    "ProfileSession",
    "PulseAnswers",
    "Question",
    "RelayRecord",
    "RelayRepository",
    "Setting",
    "SignedLineError",
    "SignedReceipt",
    "SpaceRepository",
    "StoreError",
    "Strength",
    "Supporter",
    "UnsupportedFormatError",
    "ValidationError",
    "WeakPassphraseError",
    "WrongPassphraseError",
    "assess",
    "default_data_dir",
    "export_profile",
    "export_profile_bytes",
    "import_personal",
    "import_profile",
    "import_profile_bytes",
    "read_personal",
    "write_personal_csv",
    "write_personal_json",
]
