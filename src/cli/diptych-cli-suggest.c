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

/* The readable list's words, translated once a run. */
typedef struct
{
  const char *part_of;
  const char *source;
  const char *speaker;
  const char *none;
} ListWords;

static char *
write_padded (char       *p,
              const char *str,
              gsize       len,
              gsize       width)
{
  memcpy (p, str, len);
  p += len;
  for (; len < width; len++)
    *p++ = ' ';
  return p;
}

/* A number in at least @width columns, right-aligned when @right */
static char *
write_column (char     *p,
              guint64   value,
              gsize     width,
              gboolean  right)
{
  char digits[DIPTYCH_JSON_UINT_ROOM];
  gsize len = diptych_json_write_uint (digits, value) - digits;

  if (right)
    for (; width > len; width--)
      *p++ = ' ';
  return write_padded (p, digits, len, right ? 0 : width);
}

static char *
write_word (char       *p,
            const char *word)
{
  gsize len = strlen (word);

  memcpy (p, word, len);
  return p + len;
}

static char *
write_attribute (char       *p,
                 const char *name,
                 gint64      value)
{
  if (value == DIPTYCH_NO_NUMBER)
    return p;
  *p++ = ' ';
  p = write_word (p, name);
  *p++ = '=';
  if (value < 0)
    {
      *p++ = '-';
      return diptych_json_write_uint (p, -(guint64)value);
    }
  return diptych_json_write_uint (p, value);
}

/* " part of=s3" */
static char *
write_link (char       *p,
            const char *name,
            guint       id)
{
  if (id == 0)
    return p;
  *p++ = ' ';
  p = write_word (p, name);
  p = DIPTYCH_JSON_WRITE_LITERAL (p, "=s");
  return diptych_json_write_uint (p, id);
}

/* The text on one line: line breaks and tabs as spaces */
static char *
write_flat (char       *p,
            const char *text,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      *p++ = (c == '\r' || c == '\n' || c == '\t') ? ' ' : c;
    }
  return p;
}

/* The most a line takes besides its text and the translated words:
 * under 100 bytes of spaces, punctuation and names of attributes, seven
 * numbers, four enum names.
 */
#define LINE_ROOM (100 + 7 * (DIPTYCH_JSON_UINT_ROOM + 1) + 4 * NAME_ROOM)

/* One line a suggestion: "s3    casualty    144–170    “killing at least 37 people”  …" */
static void
append_line (GString                     *out,
             const ListWords             *words,
             gboolean                     indent,
             const DiptychSuggestionView *s)
{
  char id[DIPTYCH_JSON_UINT_ROOM + 1] = "s";
  gsize id_len = diptych_json_write_uint (id + 1, s->id) - id;
  const char *kind = diptych_annotation_kind_to_string (s->kind);
  gsize room = LINE_ROOM + s->text_len + strlen (words->part_of) + strlen (words->source) +
               strlen (words->speaker);
  char *start = diptych_json_reserve (out, room);
  char *p = start;

  if (indent)
    p = DIPTYCH_JSON_WRITE_LITERAL (p, "  ");
  p = write_padded (p, id, id_len, 5);
  *p++ = ' ';
  p = write_padded (p, kind, strlen (kind), 8);
  *p++ = ' ';
  p = write_column (p, s->start, 6, TRUE);
  p = DIPTYCH_JSON_WRITE_LITERAL (p, "–");
  p = write_column (p, s->end, 6, FALSE);
  p = DIPTYCH_JSON_WRITE_LITERAL (p, " “");
  p = write_flat (p, s->text, s->text_len);
  p = DIPTYCH_JSON_WRITE_LITERAL (p, "”");
  switch (s->kind)
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      p = DIPTYCH_JSON_WRITE_LITERAL (p, "  ");
      p = write_word (p, diptych_outcome_to_string (s->casualty.outcome));
      *p++ = ' ';
      p = write_word (p, diptych_qualifier_to_string (s->casualty.qualifier));
      *p++ = ' ';
      p = write_word (p, diptych_group_to_string (s->casualty.group));
      p = write_attribute (p, "value", s->casualty.value);
      p = write_attribute (p, "low", s->casualty.low);
      p = write_attribute (p, "high", s->casualty.high);
      p = write_link (p, words->part_of, s->subset_of);
      p = write_link (p, words->source, s->source);
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      p = DIPTYCH_JSON_WRITE_LITERAL (p, "  ");
      p = write_word (p, diptych_source_type_to_string (s->source_type));
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      if (s->source != 0)
        {
          *p++ = ' ';
          p = write_link (p, words->speaker, s->source);
        }
      break;
    default:
      g_assert_not_reached ();
    }
  *p++ = '\n';
  g_assert ((gsize)(p - start) <= room);
  diptych_json_commit (out, p);
}

/* Returns: how many suggestions were listed */
static guint
print_list (const char  *file,
            DiptychText *text,
            gboolean     with_name)
{
  g_autoptr(DiptychDetection) detection = diptych_detection_new (text, NULL, NULL);
  guint n = diptych_detection_get_n_suggestions (detection);
  g_autoptr(GString) out = g_string_sized_new (FLUSH_BYTES + 4096);
  ListWords words = { _("part of"), _("source"), _("speaker"), _("No suggestions.") };

  if (with_name)
    {
      g_string_append (out, file);
      g_string_append (out, ":\n");
    }
  for (guint i = 0; i < n; i++)
    {
      DiptychSuggestionView view;

      diptych_detection_get_view (detection, i, &view);
      append_line (out, &words, with_name, &view);
      if (out->len > FLUSH_BYTES)
        {
          fwrite (out->str, 1, out->len, stdout);
          g_string_truncate (out, 0);
        }
    }
  if (n == 0)
    {
      if (with_name)
        g_string_append (out, "  ");
      g_string_append (out, words.none);
      g_string_append_c (out, '\n');
    }
  fwrite (out->str, 1, out->len, stdout);
  return n;
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
        found |= print_list (files[f], text, n_files > 1) > 0;
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
