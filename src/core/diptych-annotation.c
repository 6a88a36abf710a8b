/* diptych-annotation.c: a source, claim or casualty figure marked in an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "diptych-annotation.h"
#include "diptych-casualty-parser.h"

struct _DiptychAnnotation
{
  GObject                parent_instance;

  char                  *id;
  DiptychAnnotationKind  kind;
  gsize                  start;
  gsize                  end;
  char                  *exact;
  char                  *prefix;
  char                  *suffix;
  /* The quote the annotator marked, while the words at start..end (the
   * quote above) differ from it: until the annotator accepts them.
   */
  char                  *previous_exact;
  char                  *previous_prefix;
  char                  *previous_suffix;
  GDateTime             *created;
  GDateTime             *modified;
  char                  *note;
  DiptychAnchorStatus    anchor;

  DiptychCasualty        casualty;
  DiptychSource          source;
  DiptychClaim           claim;

  /* Members this version does not know, kept for the next save. */
  JsonObject            *extra;
  JsonObject            *extra_kind;
  JsonObject            *extra_quote;
};

G_DEFINE_FINAL_TYPE (DiptychAnnotation, diptych_annotation, G_TYPE_OBJECT)

G_DEFINE_QUARK (diptych-annotation-error-quark, diptych_annotation_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
casualty_clear (DiptychCasualty *casualty)
{
  g_clear_pointer (&casualty->raw, g_free);
  g_clear_pointer (&casualty->subset_of, g_free);
  g_clear_pointer (&casualty->source, g_free);
}

static void
diptych_annotation_finalize (GObject *object)
{
  DiptychAnnotation *self = (DiptychAnnotation *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->exact, g_free);
  g_clear_pointer (&self->prefix, g_free);
  g_clear_pointer (&self->suffix, g_free);
  g_clear_pointer (&self->previous_exact, g_free);
  g_clear_pointer (&self->previous_prefix, g_free);
  g_clear_pointer (&self->previous_suffix, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->note, g_free);
  casualty_clear (&self->casualty);
  g_clear_pointer (&self->source.name, g_free);
  g_clear_pointer (&self->claim.speaker, g_free);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->extra_kind, json_object_unref);
  g_clear_pointer (&self->extra_quote, json_object_unref);

  G_OBJECT_CLASS (diptych_annotation_parent_class)->finalize (object);
}

static void
diptych_annotation_class_init (DiptychAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = diptych_annotation_finalize;

  /**
   * DiptychAnnotation::changed:
   *
   * Emitted when anything about the annotation changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
diptych_annotation_init (DiptychAnnotation *self)
{
  self->note = g_strdup ("");
  self->exact = g_strdup ("");
  self->prefix = g_strdup ("");
  self->suffix = g_strdup ("");
  self->casualty.value = self->casualty.low = self->casualty.high = DIPTYCH_NO_NUMBER;
  self->casualty.group = DIPTYCH_GROUP_PEOPLE;
  self->source.name = g_strdup ("");
  self->source.type = DIPTYCH_SOURCE_OTHER;
}

static gboolean
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
clear_previous (DiptychAnnotation *self)
{
  g_clear_pointer (&self->previous_exact, g_free);
  g_clear_pointer (&self->previous_prefix, g_free);
  g_clear_pointer (&self->previous_suffix, g_free);
}

static void
touch (DiptychAnnotation *self)
{
  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_new_now_utc ();
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * diptych_annotation_new:
 * @text: the article, to take the quote from
 *
 * Returns: (transfer full): a new annotation with a random id
 */
DiptychAnnotation *
diptych_annotation_new (DiptychAnnotationKind  kind,
                        DiptychText           *text,
                        gsize                  start,
                        gsize                  end)
{
  DiptychAnnotation *self;

  g_return_val_if_fail (kind <= DIPTYCH_ANNOTATION_CASUALTY, NULL);
  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), NULL);
  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (DIPTYCH_TYPE_ANNOTATION, NULL);
  self->id = g_uuid_string_random ();
  self->kind = kind;
  self->created = g_date_time_new_now_utc ();
  self->modified = g_date_time_ref (self->created);
  self->anchor = DIPTYCH_ANCHOR_EXACT;
  diptych_annotation_set_range (self, text, start, end);

  return self;
}

/**
 * diptych_annotation_copy:
 *
 * Returns: (transfer full): an annotation equal to @self, same id included
 */
DiptychAnnotation *
diptych_annotation_copy (DiptychAnnotation *self)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);

  node = diptych_annotation_to_json (self);
  return diptych_annotation_new_from_json (json_node_get_object (node), NULL);
}

/**
 * diptych_annotation_assign:
 * @other: an annotation with the same id
 *
 * Gives @self everything @other holds (span, quote, attributes, times),
 * so that those who hold @self see the change.
 */
void
diptych_annotation_assign (DiptychAnnotation *self,
                           DiptychAnnotation *other)
{
  g_autoptr(DiptychAnnotation) copy = NULL;
  const gsize header = G_STRUCT_OFFSET (DiptychAnnotation, kind);
  guint8 fields[sizeof (DiptychAnnotation)];

  g_return_if_fail (DIPTYCH_IS_ANNOTATION (self));
  g_return_if_fail (DIPTYCH_IS_ANNOTATION (other));
  g_return_if_fail (g_str_equal (self->id, other->id));

  /* Swap every field past the id with a fresh copy's: the copy then frees
   * what @self held, whatever fields the type grows. The id stays: stores
   * index annotations by that very string.
   */
  copy = diptych_annotation_copy (other);
  memcpy (fields, (guint8 *)self + header, sizeof (DiptychAnnotation) - header);
  memcpy ((guint8 *)self + header, (guint8 *)copy + header, sizeof (DiptychAnnotation) - header);
  memcpy ((guint8 *)copy + header, fields, sizeof (DiptychAnnotation) - header);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * diptych_annotation_equal:
 *
 * Returns: whether @a and @b hold the same annotation, whenever each was
 *   last modified
 */
gboolean
diptych_annotation_equal (DiptychAnnotation *a,
                          DiptychAnnotation *b)
{
  g_autoptr(JsonNode) node_a = NULL;
  g_autoptr(JsonNode) node_b = NULL;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (a), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (b), FALSE);

  node_a = diptych_annotation_to_json (a);
  node_b = diptych_annotation_to_json (b);
  json_object_remove_member (json_node_get_object (node_a), "modified");
  json_object_remove_member (json_node_get_object (node_b), "modified");
  return json_node_equal (node_a, node_b);
}

const char *
diptych_annotation_get_id (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->id;
}

DiptychAnnotationKind
diptych_annotation_get_kind (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), 0);
  return self->kind;
}

gsize
diptych_annotation_get_start (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), 0);
  return self->start;
}

gsize
diptych_annotation_get_end (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), 0);
  return self->end;
}

/**
 * diptych_annotation_set_range:
 *
 * Moves the annotation to [@start, @end) of @text and takes its quote from
 * there; the annotation is then exactly anchored. This is the annotator's
 * choice of words, so a previous quote is dropped.
 */
void
diptych_annotation_set_range (DiptychAnnotation *self,
                              DiptychText       *text,
                              gsize              start,
                              gsize              end)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION (self));
  g_return_if_fail (DIPTYCH_IS_TEXT (text));
  g_return_if_fail (start <= end);

  g_free (self->exact);
  g_free (self->prefix);
  g_free (self->suffix);
  diptych_anchor_make_quote (text, start, end, &self->exact, &self->prefix, &self->suffix);
  self->start = start;
  self->end = start + g_utf8_strlen (self->exact, -1);
  self->anchor = DIPTYCH_ANCHOR_EXACT;
  clear_previous (self);
  touch (self);
}

const char *
diptych_annotation_get_exact (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->exact;
}

const char *
diptych_annotation_get_prefix (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->prefix;
}

const char *
diptych_annotation_get_suffix (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->suffix;
}

/**
 * diptych_annotation_get_previous_exact:
 *
 * Returns: (nullable): the words the annotator marked, when the words at
 *   the annotation's place changed since (its anchor is changed, or it was
 *   changed before it was orphaned); %NULL otherwise
 */
const char *
diptych_annotation_get_previous_exact (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->previous_exact;
}

/**
 * diptych_annotation_get_previous_prefix:
 *
 * Returns: (nullable): the text before the words the annotator marked
 */
const char *
diptych_annotation_get_previous_prefix (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->previous_prefix;
}

/**
 * diptych_annotation_get_previous_suffix:
 *
 * Returns: (nullable): the text after the words the annotator marked
 */
const char *
diptych_annotation_get_previous_suffix (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->previous_suffix;
}

/**
 * diptych_annotation_get_created:
 *
 * Returns: (transfer none): when the annotation was made, in UTC
 */
GDateTime *
diptych_annotation_get_created (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->created;
}

/**
 * diptych_annotation_get_modified:
 *
 * Returns: (transfer none): when the annotation last changed, in UTC
 */
GDateTime *
diptych_annotation_get_modified (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->modified;
}

const char *
diptych_annotation_get_note (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return self->note;
}

void
diptych_annotation_set_note (DiptychAnnotation *self,
                             const char        *note)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION (self));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  if (set_str (&self->note, note ? note : ""))
    touch (self);
}

DiptychAnchorStatus
diptych_annotation_get_anchor (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), DIPTYCH_ANCHOR_ORPHANED);
  return self->anchor;
}

/**
 * diptych_annotation_set_anchor:
 * @anchor: exact, relocated or orphaned; changed words go through
 *   diptych_annotation_set_changed()
 * @start: the new start, ignored when @anchor is orphaned
 * @end: the new end, ignored when @anchor is orphaned
 *
 * Records how loading placed the annotation. The quote is kept as it was,
 * so that an orphan can still be found, and so is the modification time:
 * placing is not editing. An orphan keeps its previous quote, if any.
 */
void
diptych_annotation_set_anchor (DiptychAnnotation   *self,
                               DiptychAnchorStatus  anchor,
                               gsize                start,
                               gsize                end)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION (self));
  g_return_if_fail (anchor < DIPTYCH_ANCHOR_N_STATUSES);
  g_return_if_fail (anchor != DIPTYCH_ANCHOR_CHANGED);
  g_return_if_fail (start <= end);
  /* Only the annotator turns changed words back into exact ones. */
  g_return_if_fail (anchor == DIPTYCH_ANCHOR_ORPHANED ||
                    (self->previous_exact == NULL && self->anchor != DIPTYCH_ANCHOR_CHANGED));

  self->anchor = anchor;
  if (anchor != DIPTYCH_ANCHOR_ORPHANED)
    {
      self->start = start;
      self->end = end;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * diptych_annotation_set_changed:
 * @text: the article as it is now
 * @start: where the annotation's words are now
 * @end: where they end
 *
 * Records that loading found the annotation at [@start, @end) of @text
 * with other words than those the annotator marked: its quote becomes the
 * words there now, and the annotator's words are kept as its previous
 * quote until the annotator accepts the new ones. Placed again, a changed
 * annotation keeps the annotator's words, not the last ones found. Should
 * the words there be the annotator's own again, it is not changed any
 * more: it is relocated and the previous quote goes. The attributes (a
 * figure's number…) and the modification time are not touched.
 */
void
diptych_annotation_set_changed (DiptychAnnotation *self,
                                DiptychText       *text,
                                gsize              start,
                                gsize              end)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION (self));
  g_return_if_fail (DIPTYCH_IS_TEXT (text));
  g_return_if_fail (start <= end && end <= diptych_text_get_n_chars (text));

  /* A changed annotation without a previous quote (a hand-edited sidecar)
   * has lost the annotator's words: its quote is not theirs either.
   */
  if (self->previous_exact == NULL && self->anchor != DIPTYCH_ANCHOR_CHANGED)
    {
      self->previous_exact = g_steal_pointer (&self->exact);
      self->previous_prefix = g_steal_pointer (&self->prefix);
      self->previous_suffix = g_steal_pointer (&self->suffix);
    }
  g_clear_pointer (&self->exact, g_free);
  g_clear_pointer (&self->prefix, g_free);
  g_clear_pointer (&self->suffix, g_free);
  diptych_anchor_make_quote (text, start, end, &self->exact, &self->prefix, &self->suffix);
  self->start = start;
  self->end = end;

  if (self->previous_exact != NULL && g_str_equal (self->exact, self->previous_exact))
    {
      clear_previous (self);
      self->anchor = DIPTYCH_ANCHOR_RELOCATED;
    }
  else
    self->anchor = DIPTYCH_ANCHOR_CHANGED;

  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
same_number (const DiptychCasualty *a,
             const DiptychCasualty *b)
{
  return a->value == b->value && a->low == b->low && a->high == b->high &&
         a->qualifier == b->qualifier;
}

/* A figure whose words changed from @before to @now follows what the
 * parser reads differently in them. What it cannot tell in @now, or reads
 * the same in both, stays as the annotator set it: the annotator may have
 * corrected the parser ("people" who were civilians). Links stay.
 */
static void
reread_casualty (DiptychAnnotation *self,
                 const char        *before,
                 const char        *now)
{
  DiptychCasualty was, is;
  DiptychCasualtyRead read_was = diptych_casualty_read (before, &was);
  DiptychCasualtyRead read_is = diptych_casualty_read (now, &is);

  if ((read_is & DIPTYCH_CASUALTY_READ_NUMBER) &&
      (!(read_was & DIPTYCH_CASUALTY_READ_NUMBER) || !same_number (&was, &is)))
    {
      g_free (self->casualty.raw);
      self->casualty.raw = g_steal_pointer (&is.raw);
      self->casualty.value = is.value;
      self->casualty.low = is.low;
      self->casualty.high = is.high;
      self->casualty.qualifier = is.qualifier;
    }
  if ((read_is & DIPTYCH_CASUALTY_READ_OUTCOME) &&
      (!(read_was & DIPTYCH_CASUALTY_READ_OUTCOME) || was.outcome != is.outcome))
    self->casualty.outcome = is.outcome;
  if ((read_is & DIPTYCH_CASUALTY_READ_GROUP) &&
      (!(read_was & DIPTYCH_CASUALTY_READ_GROUP) || was.group != is.group))
    self->casualty.group = is.group;

  diptych_casualty_clear (&was);
  diptych_casualty_clear (&is);
}

/**
 * diptych_annotation_accept_anchor:
 * @text: the article the annotation was placed in
 *
 * The annotator's acceptance of where the annotation was placed: a
 * relocated or changed annotation becomes exact there, its quote taken from
 * @text. A changed one drops its previous quote, and a casualty figure
 * reads its number, outcome and group again from the new words where they
 * say something else than the annotator's words did (what the parser
 * cannot tell stays as the annotator set it), keeping its source and the
 * figure it breaks down; that is an edit, and the modification time says so. Accepting a
 * relocated annotation only records its new place: not an edit. Orphans
 * are left as they are.
 */
void
diptych_annotation_accept_anchor (DiptychAnnotation *self,
                                  DiptychText       *text)
{
  gboolean changed;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION (self));
  g_return_if_fail (DIPTYCH_IS_TEXT (text));

  if (self->anchor != DIPTYCH_ANCHOR_RELOCATED && self->anchor != DIPTYCH_ANCHOR_CHANGED)
    return;

  changed = self->anchor == DIPTYCH_ANCHOR_CHANGED;
  g_free (self->exact);
  g_free (self->prefix);
  g_free (self->suffix);
  diptych_anchor_make_quote (text, self->start, self->end, &self->exact, &self->prefix, &self->suffix);
  if (changed && self->kind == DIPTYCH_ANNOTATION_CASUALTY && self->previous_exact != NULL)
    reread_casualty (self, self->previous_exact, self->exact);
  clear_previous (self);
  self->anchor = DIPTYCH_ANCHOR_EXACT;

  if (changed)
    touch (self);
  else
    g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * diptych_annotation_get_casualty:
 *
 * Returns: (transfer none): the figure's attributes (meaningful for
 *   casualty annotations)
 */
const DiptychCasualty *
diptych_annotation_get_casualty (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return &self->casualty;
}

void
diptych_annotation_set_casualty (DiptychAnnotation     *self,
                                 const DiptychCasualty *casualty)
{
  DiptychCasualty copy;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION (self));
  g_return_if_fail (casualty != NULL);

  g_return_if_fail (casualty->raw == NULL || g_utf8_validate (casualty->raw, -1, NULL));
  g_return_if_fail (casualty->subset_of == NULL || g_utf8_validate (casualty->subset_of, -1, NULL));
  g_return_if_fail (casualty->source == NULL || g_utf8_validate (casualty->source, -1, NULL));

  copy = *casualty;
  diptych_casualty_normalize (&copy);
  copy.raw = g_strdup (casualty->raw ? casualty->raw : "");
  copy.subset_of = g_strdup (casualty->subset_of);
  copy.source = g_strdup (casualty->source);
  casualty_clear (&self->casualty);
  self->casualty = copy;
  touch (self);
}

/**
 * diptych_annotation_get_source:
 *
 * Returns: (transfer none): the source's attributes (meaningful for source
 *   annotations)
 */
const DiptychSource *
diptych_annotation_get_source (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return &self->source;
}

void
diptych_annotation_set_source (DiptychAnnotation   *self,
                               const DiptychSource *source)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION (self));
  g_return_if_fail (source != NULL);
  g_return_if_fail (source->name == NULL || g_utf8_validate (source->name, -1, NULL));

  set_str (&self->source.name, source->name ? source->name : "");
  self->source.type = source->type;
  touch (self);
}

/**
 * diptych_annotation_get_claim:
 *
 * Returns: (transfer none): the claim's attributes (meaningful for claim
 *   annotations)
 */
const DiptychClaim *
diptych_annotation_get_claim (DiptychAnnotation *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);
  return &self->claim;
}

void
diptych_annotation_set_claim (DiptychAnnotation  *self,
                              const DiptychClaim *claim)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION (self));
  g_return_if_fail (claim != NULL);
  g_return_if_fail (claim->speaker == NULL || g_utf8_validate (claim->speaker, -1, NULL));

  set_str (&self->claim.speaker, claim->speaker);
  self->claim.verdict = claim->verdict;
  touch (self);
}

/* JSON */

/* RFC 3339 in UTC, with four digits for the year: %Y does not pad it. The
 * times are UTC already (read_time() refuses others that fall outside the
 * years GDateTime holds once in UTC).
 */
static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  g_assert (utc != NULL);
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

static void
add_number (JsonBuilder *builder,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (builder, name);
  if (value == DIPTYCH_NO_NUMBER)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_extra (JsonBuilder *builder,
           JsonObject  *extra)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extra == NULL)
    return;

  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (node));
    }
}

/**
 * diptych_annotation_to_json:
 *
 * Returns: (transfer full): the annotation as a sidecar holds it, with its
 *   members in a fixed order and unknown members kept at the end
 */
JsonNode *
diptych_annotation_to_json (DiptychAnnotation *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (self), NULL);

  created = format_time (self->created);
  modified = format_time (self->modified);

  json_builder_begin_object (builder);
  add_string (builder, "id", self->id);
  add_string (builder, "kind", diptych_annotation_kind_to_string (self->kind));
  add_number (builder, "start", self->start);
  add_number (builder, "end", self->end);
  json_builder_set_member_name (builder, "quote");
  json_builder_begin_object (builder);
  add_string (builder, "exact", self->exact);
  add_string (builder, "prefix", self->prefix);
  add_string (builder, "suffix", self->suffix);
  add_extra (builder, self->extra_quote);
  json_builder_end_object (builder);
  add_string (builder, "created", created);
  add_string (builder, "modified", modified);
  add_string (builder, "note", self->note);
  add_string (builder, "anchor", diptych_anchor_status_to_string (self->anchor));
  if (self->previous_exact != NULL)
    {
      json_builder_set_member_name (builder, "previous_quote");
      json_builder_begin_object (builder);
      add_string (builder, "exact", self->previous_exact);
      add_string (builder, "prefix", self->previous_prefix ? self->previous_prefix : "");
      add_string (builder, "suffix", self->previous_suffix ? self->previous_suffix : "");
      json_builder_end_object (builder);
    }

  json_builder_set_member_name (builder, diptych_annotation_kind_to_string (self->kind));
  json_builder_begin_object (builder);
  switch (self->kind)
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      add_string (builder, "outcome", diptych_outcome_to_string (self->casualty.outcome));
      add_string (builder, "raw", self->casualty.raw ? self->casualty.raw : "");
      add_number (builder, "value", self->casualty.value);
      add_number (builder, "low", self->casualty.low);
      add_number (builder, "high", self->casualty.high);
      add_string (builder, "qualifier", diptych_qualifier_to_string (self->casualty.qualifier));
      add_string (builder, "group", diptych_group_to_string (self->casualty.group));
      add_string (builder, "subset_of", self->casualty.subset_of);
      add_string (builder, "source", self->casualty.source);
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      add_string (builder, "name", self->source.name);
      add_string (builder, "type", diptych_source_type_to_string (self->source.type));
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      add_string (builder, "speaker", self->claim.speaker);
      add_string (builder, "verdict", diptych_verdict_to_string (self->claim.verdict));
      break;
    default:
      g_assert_not_reached ();
    }
  add_extra (builder, self->extra_kind);
  json_builder_end_object (builder);

  add_extra (builder, self->extra);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

typedef struct
{
  JsonObject  *object;
  const char  *where;   /* for messages: "annotation 3" */
  GError     **error;
} Reader;

static gboolean
invalid (Reader     *reader,
         const char *member,
         const char *expected)
{
  g_set_error (reader->error, DIPTYCH_ANNOTATION_ERROR, DIPTYCH_ANNOTATION_ERROR_INVALID,
               /* Translators: "annotation 3: “start” must be a number of characters" */
               _("%s: “%s” must be %s"), reader->where, member, expected);
  return FALSE;
}

static gboolean
read_string (Reader      *reader,
             const char  *member,
             gboolean     nullable,
             char       **out)
{
  JsonNode *node = json_object_get_member (reader->object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!nullable && node == NULL)
        {
          *out = g_strdup ("");
          return TRUE;
        }
      *out = NULL;
      return nullable ? TRUE : invalid (reader, member, _("a string"));
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (reader, member, _("a string"));

  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_number (Reader     *reader,
             const char *member,
             gboolean    required,
             gint64     *out)
{
  JsonNode *node = json_object_get_member (reader->object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = DIPTYCH_NO_NUMBER;
      return required ? invalid (reader, member, _("a whole number, 0 or more")) : TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0)
    return invalid (reader, member, _("a whole number, 0 or more"));
  if (json_node_get_int (node) > DIPTYCH_MAX_NUMBER)
    return invalid (reader, member, _("at most 1000000000000"));

  *out = json_node_get_int (node);
  return TRUE;
}

#define READ_ENUM(reader, member, from_string, out, default_value, expected)    \
  G_STMT_START {                                                                \
    g_autofree char *str_ = NULL;                                               \
    if (!read_string (reader, member, TRUE, &str_))                             \
      return NULL;                                                              \
    if (str_ == NULL)                                                           \
      *(out) = default_value;                                                   \
    else if (!from_string (str_, out))                                          \
      return (invalid (reader, member, expected), NULL);                        \
  } G_STMT_END

/**
 * diptych_json_unknown_members:
 * @known: (array zero-terminated=1): the members this version reads
 *
 * Returns: (transfer full) (nullable): copies of the members of @object
 *   not in @known, to write back unchanged, or %NULL when there are none
 */
JsonObject *
diptych_json_unknown_members (JsonObject         *object,
                              const char * const *known)
{
  JsonObject *extra = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (g_strv_contains (known, name))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (node));
    }
  return extra;
}

static GDateTime *
read_time (Reader     *reader,
           const char *member)
{
  g_autofree char *str = NULL;
  GDateTime *time;

  if (!read_string (reader, member, TRUE, &str))
    return NULL;
  if (str == NULL)
    return g_date_time_new_now_utc ();

  time = g_date_time_new_from_iso8601 (str, NULL);
  if (time != NULL)
    {
      /* Kept in UTC, which may fall outside the years GDateTime holds. */
      GDateTime *utc = g_date_time_to_utc (time);

      g_date_time_unref (time);
      time = utc;
    }
  if (time == NULL)
    invalid (reader, member, _("a date and time such as 2026-11-22T14:00:00Z"));
  return time;
}

/**
 * diptych_annotation_new_from_json:
 * @object: one member of a sidecar's "annotations"
 *
 * Members this version does not know are kept, and written back by
 * diptych_annotation_to_json().
 *
 * Returns: (transfer full): the annotation, or %NULL with @error set when a
 *   member is missing or of the wrong type
 */
DiptychAnnotation *
diptych_annotation_new_from_json (JsonObject  *object,
                                  GError     **error)
{
  /* The other kinds' objects are unknown members here: kept, not read. */
  const char *known[] = {
    "id", "kind", "start", "end", "quote", "created", "modified", "note", "anchor",
    "previous_quote", NULL, NULL
  };
  static const char * const known_quote[] = { "exact", "prefix", "suffix", NULL };
  static const char * const known_casualty[] = {
    "outcome", "raw", "value", "low", "high", "qualifier", "group", "subset_of", "source", NULL
  };
  static const char * const known_source[] = { "name", "type", NULL };
  static const char * const known_claim[] = { "speaker", "verdict", NULL };
  g_autoptr(DiptychAnnotation) self = g_object_new (DIPTYCH_TYPE_ANNOTATION, NULL);
  g_autofree char *where = NULL;
  g_autofree char *id = NULL;
  g_autoptr(JsonObject) empty = json_object_new ();
  Reader reader = { object, NULL, error };
  JsonNode *quote, *kind_node;
  const char *kind_name;
  gint64 start, end;
  gboolean ok = TRUE;

  g_return_val_if_fail (object != NULL, NULL);

  /* Each check sets @error once: a member of the wrong type is told by
   * read_string(), and only a missing or unknown one here.
   */
  reader.where = _("an annotation");
  if (!read_string (&reader, "id", TRUE, &id))
    return NULL;
  if (id == NULL || *id == '\0')
    return (invalid (&reader, "id", _("a non-empty string")), NULL);
  where = g_strdup_printf (_("annotation “%s”"), id);
  reader.where = where;
  self->id = g_steal_pointer (&id);

  {
    g_autofree char *kind = NULL;

    if (!read_string (&reader, "kind", TRUE, &kind))
      return NULL;
    if (kind == NULL || !diptych_annotation_kind_from_string (kind, &self->kind))
      return (invalid (&reader, "kind", _("source, claim or casualty")), NULL);
  }

  if (!read_number (&reader, "start", TRUE, &start) || !read_number (&reader, "end", TRUE, &end))
    return NULL;
  if (end < start)
    return (invalid (&reader, "end", _("at or after “start”")), NULL);
  self->start = start;
  self->end = end;

  quote = json_object_get_member (object, "quote");
  if (quote == NULL || !JSON_NODE_HOLDS_OBJECT (quote))
    return (invalid (&reader, "quote", _("an object with “exact”")), NULL);
  reader.object = json_node_get_object (quote);
  g_clear_pointer (&self->exact, g_free);
  g_clear_pointer (&self->prefix, g_free);
  g_clear_pointer (&self->suffix, g_free);
  if (!json_object_has_member (reader.object, "exact") ||
      !read_string (&reader, "exact", FALSE, &self->exact) ||
      !read_string (&reader, "prefix", FALSE, &self->prefix) ||
      !read_string (&reader, "suffix", FALSE, &self->suffix))
    {
      if (error == NULL || *error == NULL)
        invalid (&reader, "quote", _("an object with “exact”"));
      return NULL;
    }
  self->extra_quote = diptych_json_unknown_members (reader.object, known_quote);
  reader.object = object;

  if ((self->created = read_time (&reader, "created")) == NULL ||
      (self->modified = read_time (&reader, "modified")) == NULL)
    return NULL;

  g_clear_pointer (&self->note, g_free);
  if (!read_string (&reader, "note", FALSE, &self->note))
    return NULL;

  READ_ENUM (&reader, "anchor", diptych_anchor_status_from_string, &self->anchor,
             DIPTYCH_ANCHOR_EXACT, _("exact, relocated, changed or orphaned"));

  quote = json_object_get_member (object, "previous_quote");
  if (quote != NULL && !JSON_NODE_HOLDS_NULL (quote))
    {
      if (!JSON_NODE_HOLDS_OBJECT (quote) ||
          !json_object_has_member (json_node_get_object (quote), "exact"))
        return (invalid (&reader, "previous_quote", _("an object with “exact”")), NULL);
      reader.object = json_node_get_object (quote);
      if (!read_string (&reader, "exact", FALSE, &self->previous_exact) ||
          !read_string (&reader, "prefix", FALSE, &self->previous_prefix) ||
          !read_string (&reader, "suffix", FALSE, &self->previous_suffix))
        return NULL;
      reader.object = object;
    }

  kind_name = diptych_annotation_kind_to_string (self->kind);
  kind_node = json_object_get_member (object, kind_name);
  if (kind_node != NULL && !JSON_NODE_HOLDS_OBJECT (kind_node))
    return (invalid (&reader, kind_name, _("an object")), NULL);

  reader.object = kind_node ? json_node_get_object (kind_node) : empty;
  switch (self->kind)
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      READ_ENUM (&reader, "outcome", diptych_outcome_from_string, &self->casualty.outcome,
                 DIPTYCH_OUTCOME_KILLED, _("killed, injured, missing, detained, displaced or unknown"));
      READ_ENUM (&reader, "qualifier", diptych_qualifier_from_string, &self->casualty.qualifier,
                 DIPTYCH_QUALIFIER_EXACT, _("exact, approx, at-least, at-most, range or vague"));
      READ_ENUM (&reader, "group", diptych_group_from_string, &self->casualty.group,
                 DIPTYCH_GROUP_PEOPLE,
                 _("people, civilians, children, women, men, fighters, soldiers or other"));
      if (!read_string (&reader, "raw", FALSE, &self->casualty.raw) ||
          !read_number (&reader, "value", FALSE, &self->casualty.value) ||
          !read_number (&reader, "low", FALSE, &self->casualty.low) ||
          !read_number (&reader, "high", FALSE, &self->casualty.high) ||
          !read_string (&reader, "subset_of", TRUE, &self->casualty.subset_of) ||
          !read_string (&reader, "source", TRUE, &self->casualty.source))
        ok = FALSE;
      else if (!diptych_casualty_is_valid (&self->casualty))
        ok = invalid (&reader, "low",
                      _("at most “value”, and “value” at most “high”, when they are set"));
      if (ok)
        self->extra_kind = diptych_json_unknown_members (reader.object, known_casualty);
      break;

    case DIPTYCH_ANNOTATION_SOURCE:
      g_clear_pointer (&self->source.name, g_free);
      READ_ENUM (&reader, "type", diptych_source_type_from_string, &self->source.type,
                 DIPTYCH_SOURCE_OTHER,
                 _("official, military, ngo, media, witness, anonymous or other"));
      if (!read_string (&reader, "name", FALSE, &self->source.name))
        ok = FALSE;
      if (ok)
        self->extra_kind = diptych_json_unknown_members (reader.object, known_source);
      break;

    case DIPTYCH_ANNOTATION_CLAIM:
      READ_ENUM (&reader, "verdict", diptych_verdict_from_string, &self->claim.verdict,
                 DIPTYCH_VERDICT_UNVERIFIED, _("unverified, supported, disputed or false"));
      if (!read_string (&reader, "speaker", TRUE, &self->claim.speaker))
        ok = FALSE;
      if (ok)
        self->extra_kind = diptych_json_unknown_members (reader.object, known_claim);
      break;

    default:
      g_assert_not_reached ();
    }
  if (!ok)
    return NULL;

  known[G_N_ELEMENTS (known) - 2] = kind_name;
  self->extra = diptych_json_unknown_members (object, (const char * const *)known);

  return g_steal_pointer (&self);
}
