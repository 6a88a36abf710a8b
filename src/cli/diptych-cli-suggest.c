/* diptych-cli-suggest.c: `diptych-cli suggest [--json] FILE…`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "diptych-cli.h"
#include "diptych-json-writer.h"
#include "diptych-suggestion.h"

/* JSON by hand, a suggestion at a time: a builder's tree of a megabyte
 * article's suggestions cost more than finding them, and printf of each
 * member and number cost as much again. As diptych-diff-format.c does.
 */
static void
append_json_string (GString    *out,
                    const char *str)
{
  diptych_json_append_string (out, str, strlen (str));
}

/* The most bytes of an enum's name with its quotes: the names are words
 * of a few letters.
 */
#define NAME_ROOM 16

/* An enum's name as a JSON string ("\"killed\""): nothing in it to
 * escape, so it is quoted once a run and then written as a copy of a
 * known size.
 */
typedef struct
{
  char  json[NAME_ROOM];
  gsize len;
} JsonName;

/* Each enum's names by value, up to its last value. */
typedef struct
{
  JsonName kinds[DIPTYCH_ANNOTATION_CASUALTY + 1];
  JsonName outcomes[DIPTYCH_OUTCOME_UNSTATED + 1];
  JsonName qualifiers[DIPTYCH_QUALIFIER_VAGUE + 1];
  JsonName groups[DIPTYCH_GROUP_OTHER + 1];
  JsonName source_types[DIPTYCH_SOURCE_OTHER + 1];
} JsonNames;

static void
quote_name (JsonName   *quoted,
            const char *name)
{
  gsize len = strlen (name);

  g_assert (len + 2 <= NAME_ROOM);
  quoted->json[0] = '"';
  memcpy (quoted->json + 1, name, len);
  quoted->json[len + 1] = '"';
  quoted->len = len + 2;
}

#define QUOTE_NAMES(names, to_string) \
  G_STMT_START { \
    for (guint i = 0; i < G_N_ELEMENTS (names); i++) \
      quote_name (&(names)[i], to_string (i)); \
  } G_STMT_END

static void
json_names_init (JsonNames *names)
{
  QUOTE_NAMES (names->kinds, diptych_annotation_kind_to_string);
  QUOTE_NAMES (names->outcomes, diptych_outcome_to_string);
  QUOTE_NAMES (names->qualifiers, diptych_qualifier_to_string);
  QUOTE_NAMES (names->groups, diptych_group_to_string);
  QUOTE_NAMES (names->source_types, diptych_source_type_to_string);
}

static inline char *
write_name (char           *p,
            const JsonName *names,
            gsize           n_names,
            guint           value)
{
  g_assert (value < n_names);
  memcpy (p, names[value].json, NAME_ROOM);
  return p + names[value].len;
}

#define WRITE_NAME(p, names, value) write_name ((p), (names), G_N_ELEMENTS (names), (value))

static char *
write_number (char   *p,
              gint64  value)
{
  if (value == DIPTYCH_NO_NUMBER)
    return DIPTYCH_JSON_WRITE_LITERAL (p, "null");
  if (value < 0)
    {
      *p++ = '-';
      return diptych_json_write_uint (p, -(guint64)value);
    }
  return diptych_json_write_uint (p, value);
}

/* "s17", or null for none */
static char *
write_id (char  *p,
          guint  id)
{
  if (id == 0)
    return DIPTYCH_JSON_WRITE_LITERAL (p, "null");
  p = DIPTYCH_JSON_WRITE_LITERAL (p, "\"s");
  p = diptych_json_write_uint (p, id);
  *p++ = '"';
  return p;
}

/* The most a suggestion's JSON takes besides its text and name: under
 * 300 bytes of members' names and punctuation, eight numbers and ids,
 * five names.
 */
#define SUGGESTION_ROOM (300 + 8 * (DIPTYCH_JSON_UINT_ROOM + 4) + 5 * NAME_ROOM)

/* One suggestion: room for the most it can take is made once, then its
 * pieces are written with no check each.
 */
static void
append_suggestion (GString                     *out,
                   const JsonNames             *names,
                   const DiptychSuggestionView *s)
{
  gsize room = SUGGESTION_ROOM + DIPTYCH_JSON_STRING_ROOM (s->text_len) +
               DIPTYCH_JSON_STRING_ROOM (s->name_len);
  char *start = diptych_json_reserve (out, room);
  char *p = start;

  if (s->id > 1)
    p = DIPTYCH_JSON_WRITE_LITERAL (p, ", ");
  p = DIPTYCH_JSON_WRITE_LITERAL (p, "{\"id\": ");
  p = write_id (p, s->id);
  p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"kind\": ");
  p = WRITE_NAME (p, names->kinds, s->kind);
  p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"start\": ");
  p = diptych_json_write_uint (p, s->start);
  p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"end\": ");
  p = diptych_json_write_uint (p, s->end);
  p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"text\": ");
  p = diptych_json_write_string (p, s->text, s->text_len);

  switch (s->kind)
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"casualty\": {\"outcome\": ");
      p = WRITE_NAME (p, names->outcomes, s->casualty.outcome);
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"value\": ");
      p = write_number (p, s->casualty.value);
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"low\": ");
      p = write_number (p, s->casualty.low);
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"high\": ");
      p = write_number (p, s->casualty.high);
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"qualifier\": ");
      p = WRITE_NAME (p, names->qualifiers, s->casualty.qualifier);
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"group\": ");
      p = WRITE_NAME (p, names->groups, s->casualty.group);
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"subset_of\": ");
      p = write_id (p, s->subset_of);
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"source\": ");
      p = write_id (p, s->source);
      *p++ = '}';
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"source\": {\"name\": ");
      p = diptych_json_write_string (p, s->name, s->name_len);
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"type\": ");
      p = WRITE_NAME (p, names->source_types, s->source_type);
      *p++ = '}';
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      p = DIPTYCH_JSON_WRITE_LITERAL (p, ", \"claim\": {\"speaker\": ");
      p = write_id (p, s->source);
      *p++ = '}';
      break;
    default:
      g_assert_not_reached ();
    }
  *p++ = '}';
  g_assert ((gsize)(p - start) <= room);
  diptych_json_commit (out, p);
}

/* Output goes out in pieces of this size: a write(2) each (stdio passes
 * a piece larger than its buffer straight through), so not a few
 * kilobytes, which made a thousand calls of a long article's output; and
 * not the whole output, whose fresh pages cost more than writing it.
 */
#define FLUSH_BYTES (64 * 1024)

/* Returns: how many suggestions were written */
static guint
print_json (const char  *file,
            DiptychText *text)
{
  g_autoptr(DiptychDetection) detection = diptych_detection_new (text, NULL, NULL);
  guint n = diptych_detection_get_n_suggestions (detection);
  g_autoptr(GString) out = g_string_sized_new (FLUSH_BYTES + 4096);
  JsonNames names;

  json_names_init (&names);

  DIPTYCH_JSON_PUT_LITERAL (out, "{\"file\": ");
  append_json_string (out, file);
  DIPTYCH_JSON_PUT_LITERAL (out, ", \"chars\": ");
  diptych_json_append_uint (out, diptych_text_get_n_chars (text));
  DIPTYCH_JSON_PUT_LITERAL (out, ", \"suggestions\": [");
  for (guint i = 0; i < n; i++)
    {
      DiptychSuggestionView view;

      diptych_detection_get_view (detection, i, &view);
      append_suggestion (out, &names, &view);
      if (out->len > FLUSH_BYTES)
        {
          fwrite (out->str, 1, out->len, stdout);
          g_string_truncate (out, 0);
        }
    }
  DIPTYCH_JSON_PUT_LITERAL (out, "]}\n");
  fwrite (out->str, 1, out->len, stdout);
  return n;
}

static void
print_number (GString    *out,
              const char *name,
              gint64      value)
{
  if (value != DIPTYCH_NO_NUMBER)
    g_string_append_printf (out, " %s=%" G_GINT64_FORMAT, name, value);
}

/* One line a suggestion: "s3  casualty  144–170  “killing at least 37 people”  …" */
static void
print_list (const char  *file,
            GPtrArray   *suggestions,
            gboolean     with_name)
{
  if (with_name)
    printf ("%s:\n", file);
  for (guint i = 0; i < suggestions->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (suggestions, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *flat = g_strdup (s->text);

      g_strdelimit (flat, "\r\n\t", ' ');
      g_string_append_printf (line, "%-5s %-8s %6" G_GSIZE_FORMAT "–%-6" G_GSIZE_FORMAT " “%s”",
                              s->id, diptych_annotation_kind_to_string (s->kind), s->start, s->end, flat);
      switch (s->kind)
        {
        case DIPTYCH_ANNOTATION_CASUALTY:
          g_string_append_printf (line, "  %s %s %s",
                                  diptych_outcome_to_string (s->casualty.outcome),
                                  diptych_qualifier_to_string (s->casualty.qualifier),
                                  diptych_group_to_string (s->casualty.group));
          print_number (line, "value", s->casualty.value);
          print_number (line, "low", s->casualty.low);
          print_number (line, "high", s->casualty.high);
          if (s->casualty.subset_of != NULL)
            g_string_append_printf (line, " %s=%s", _("part of"), s->casualty.subset_of);
          if (s->casualty.source != NULL)
            g_string_append_printf (line, " %s=%s", _("source"), s->casualty.source);
          break;
        case DIPTYCH_ANNOTATION_SOURCE:
          g_string_append_printf (line, "  %s", diptych_source_type_to_string (s->source.type));
          break;
        case DIPTYCH_ANNOTATION_CLAIM:
          if (s->claim.speaker != NULL)
            g_string_append_printf (line, "  %s=%s", _("speaker"), s->claim.speaker);
          break;
        default:
          g_assert_not_reached ();
        }
      printf ("%s%s\n", with_name ? "  " : "", line->str);
    }
  if (suggestions->len == 0)
    printf ("%s%s\n", with_name ? "  " : "", _("No suggestions."));
}

/**
 * diptych_cli_suggest:
 *
 * Prints the detectors' suggestions for each article. Exit status as
 * diff(1): 0 when nothing was suggested, 1 when something was, 2 on
 * trouble (a file that could not be read; the others are still done).
 */
int
diptych_cli_suggest (int                 argc,
                     char              **argv,
                     DiptychCliLoadFunc  load)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  gboolean trouble = FALSE, found = FALSE;
  guint n_files;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the suggestions as JSON, one object a line for each file"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Suggest casualty figures, cited sources and their claims in articles.\n\n"
      "The suggestions are found by rules and word lists; each has a kind\n"
      "(casualty, source, claim), a span in code points and the attributes an\n"
      "annotation of that kind has. Figures and claims name their source by id.\n\n"
      "Exit status: 0 when nothing was suggested, 1 when something was,\n"
      "2 on trouble."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  n_files = files != NULL ? g_strv_length (files) : 0;
  if (n_files == 0)
    {
      diptych_cli_print_error ("%s", _("suggest needs at least one file"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  /* The detectors' tokens and items touch a few MiB, as a diff's arrays
   * do: huge pages for them too.
   */
  if (load == diptych_cli_load_local)
    diptych_cli_prepare_heap ((const char * const *)files);

  for (guint f = 0; f < n_files; f++)
    {
      g_autoptr(GError) load_error = NULL;
      g_autoptr(DiptychText) text = load (files[f], &load_error);
      if (text == NULL)
        {
          diptych_cli_print_error ("%s", load_error->message);
          trouble = TRUE;
          continue;
        }

      if (json)
        found |= print_json (files[f], text) > 0;
      else
        {
          g_autoptr(GPtrArray) suggestions = diptych_detect_suggestions_full (text, NULL, NULL);

          found |= suggestions->len > 0;
          print_list (files[f], suggestions, n_files > 1);
        }
    }

  if (fflush (stdout) != 0)
    {
      diptych_cli_print_error ("%s", _("Could not write the output"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (trouble)
    return DIPTYCH_CLI_EXIT_TROUBLE;
  return found ? DIPTYCH_CLI_EXIT_DIFFER : DIPTYCH_CLI_EXIT_OK;
}
