/* diptych-annotation-types.c: the names of an annotation's kinds and
 * attributes, as sidecars and the command line write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation"

#include "config.h"

#include "diptych-annotation-types.h"

#define DEFINE_NAMES(prefix, type, ...)                                        \
  static const char *prefix##_names[] = { __VA_ARGS__ };                        \
  const char *                                                                  \
  diptych_##prefix##_to_string (type value)                                     \
  {                                                                             \
    g_return_val_if_fail ((guint)value < G_N_ELEMENTS (prefix##_names), NULL); \
    return prefix##_names[value];                                               \
  }                                                                             \
  gboolean                                                                      \
  diptych_##prefix##_from_string (const char *str,                              \
                                  type       *value)                            \
  {                                                                             \
    for (guint i = 0; str != NULL && i < G_N_ELEMENTS (prefix##_names); i++)    \
      if (g_str_equal (str, prefix##_names[i]))                                 \
        {                                                                       \
          if (value != NULL)                                                    \
            *value = (type)i;                                                   \
          return TRUE;                                                          \
        }                                                                       \
    return FALSE;                                                               \
  }

DEFINE_NAMES (annotation_kind, DiptychAnnotationKind, "source", "claim", "casualty")
DEFINE_NAMES (outcome, DiptychOutcome, "killed", "injured", "missing", "detained", "displaced", "unknown")
DEFINE_NAMES (qualifier, DiptychQualifier, "exact", "approx", "at-least", "at-most", "range", "vague")
DEFINE_NAMES (group, DiptychGroup, "people", "civilians", "children", "women", "men",
              "fighters", "soldiers", "other")
DEFINE_NAMES (source_type, DiptychSourceType, "official", "military", "ngo", "media", "witness",
              "anonymous", "other")
DEFINE_NAMES (verdict, DiptychVerdict, "unverified", "supported", "disputed", "false")

/**
 * diptych_casualty_normalize:
 *
 * Makes @casualty's numbers hold together as a sidecar requires: each one
 * unset or within 0..%DIPTYCH_MAX_NUMBER (others are unset), @low at most
 * @high (swapped otherwise), and the bounds widened to take in @value.
 */
void
diptych_casualty_normalize (DiptychCasualty *casualty)
{
  gint64 *numbers[] = { &casualty->value, &casualty->low, &casualty->high };

  g_return_if_fail (casualty != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    if (*numbers[i] < 0 || *numbers[i] > DIPTYCH_MAX_NUMBER)
      *numbers[i] = DIPTYCH_NO_NUMBER;

  if (casualty->low != DIPTYCH_NO_NUMBER && casualty->high != DIPTYCH_NO_NUMBER &&
      casualty->low > casualty->high)
    {
      gint64 swap = casualty->low;

      casualty->low = casualty->high;
      casualty->high = swap;
    }
  if (casualty->value != DIPTYCH_NO_NUMBER)
    {
      if (casualty->low != DIPTYCH_NO_NUMBER && casualty->low > casualty->value)
        casualty->low = casualty->value;
      if (casualty->high != DIPTYCH_NO_NUMBER && casualty->high < casualty->value)
        casualty->high = casualty->value;
    }
}

/**
 * diptych_casualty_is_valid:
 *
 * Returns: whether @casualty's numbers are as diptych_casualty_normalize()
 *   leaves them
 */
gboolean
diptych_casualty_is_valid (const DiptychCasualty *casualty)
{
  DiptychCasualty copy;

  g_return_val_if_fail (casualty != NULL, FALSE);

  copy = *casualty;
  diptych_casualty_normalize (&copy);
  return copy.value == casualty->value && copy.low == casualty->low && copy.high == casualty->high;
}
