/* diptych-annotation-history.c: undo and redo of annotation changes, each
 * bound to the document it was made in
 *
 * Every create, edit and delete goes through the history. An entry keeps
 * the document it was made in and copies of the annotation before and
 * after (no copy before: it was made; none after: it was deleted), so an
 * undo can only ever touch that document's store, whatever the window
 * shows now. Changes made between begin_group() and end_group() share a
 * group number and are undone and redone as one step. A rejected suggestion
 * is an entry too (no annotation, the rejection instead): undoing it offers
 * the suggestion again and drops it from the sidecar's list. Closing an
 * article forgets its entries
 * (diptych_annotation_history_forget()): an undo never reaches into an
 * article that is no longer open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-history"

#include "config.h"

#include <string.h>

#include "diptych-annotation-history.h"

typedef struct
{
  DiptychAnnotationDocument *document;
  DiptychAnnotation         *before;  /* nullable */
  DiptychAnnotation         *after;   /* nullable */
  DiptychRejectedSuggestion *rejected;  /* nullable; then @before and @after are NULL */
  guint                      group;   /* 0, or shared by the changes of one step */
} Entry;

struct _DiptychAnnotationHistory
{
  GObject  parent_instance;

  GArray  *undo;  /* Entry */
  GArray  *redo;  /* Entry */
  guint    depth;       /* of begin_group() calls not yet ended */
  guint    open_group;  /* the group of the outermost open begin_group() */
  guint    last_group;
};

G_DEFINE_FINAL_TYPE (DiptychAnnotationHistory, diptych_annotation_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->document);
  g_clear_object (&entry->before);
  g_clear_object (&entry->after);
  if (entry->rejected != NULL)
    {
      g_free (entry->rejected->text);
      g_clear_pointer (&entry->rejected, g_free);
    }
}

static void
notify_can (DiptychAnnotationHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
record (DiptychAnnotationHistory  *self,
        DiptychAnnotationDocument *document,
        DiptychAnnotation         *before,
        DiptychAnnotation         *after)
{
  Entry entry = {
    g_object_ref (document),
    before ? diptych_annotation_copy (before) : NULL,
    after ? diptych_annotation_copy (after) : NULL,
    NULL,
    self->depth > 0 ? self->open_group : 0,
  };

  g_array_append_val (self->undo, entry);
  g_array_set_size (self->redo, 0);
  notify_can (self);
}

/* A store is only changed while its document is ready for it: never while
 * it loads (the store is about to be replaced) or when it has no text.
 */
static DiptychAnnotationStore *
writable_store (DiptychAnnotationDocument *document)
{
  DiptychDocumentState state = diptych_annotation_document_get_state (document);

  if (state == DIPTYCH_DOCUMENT_STATE_EMPTY || state == DIPTYCH_DOCUMENT_STATE_LOADING)
    return NULL;
  return diptych_annotation_document_get_store (document);
}

/**
 * diptych_annotation_history_add:
 * @annotation: a new annotation, not yet in @document
 *
 * Adds @annotation to @document, undoably.
 *
 * Returns: whether it was added
 */
gboolean
diptych_annotation_history_add (DiptychAnnotationHistory  *self,
                                DiptychAnnotationDocument *document,
                                DiptychAnnotation         *annotation)
{
  DiptychAnnotationStore *store;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (document), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (annotation), FALSE);

  store = writable_store (document);
  if (store == NULL || diptych_annotation_store_lookup (store, diptych_annotation_get_id (annotation)))
    return FALSE;

  diptych_annotation_store_add (store, annotation);
  record (self, document, NULL, annotation);
  return TRUE;
}

/**
 * diptych_annotation_history_remove:
 *
 * Removes @annotation from @document, undoably.
 *
 * Returns: whether it was there
 */
gboolean
diptych_annotation_history_remove (DiptychAnnotationHistory  *self,
                                   DiptychAnnotationDocument *document,
                                   DiptychAnnotation         *annotation)
{
  g_autoptr(DiptychAnnotation) removed = NULL;
  DiptychAnnotationStore *store;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (document), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (annotation), FALSE);

  store = writable_store (document);
  if (store == NULL)
    return FALSE;

  removed = g_object_ref (annotation);
  if (!diptych_annotation_store_remove (store, removed))
    return FALSE;

  record (self, document, removed, NULL);
  return TRUE;
}

/**
 * diptych_annotation_history_edit:
 * @annotation: an annotation of @document
 * @edited: a changed copy of @annotation (same id)
 *
 * Gives @annotation the attributes of @edited, undoably. An edit that
 * changes nothing adds nothing to undo.
 *
 * Returns: whether @annotation changed
 */
gboolean
diptych_annotation_history_edit (DiptychAnnotationHistory  *self,
                                 DiptychAnnotationDocument *document,
                                 DiptychAnnotation         *annotation,
                                 DiptychAnnotation         *edited)
{
  g_autoptr(DiptychAnnotation) before = NULL;
  DiptychAnnotationStore *store;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (document), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (edited), FALSE);
  g_return_val_if_fail (g_str_equal (diptych_annotation_get_id (annotation),
                                     diptych_annotation_get_id (edited)), FALSE);

  store = writable_store (document);
  if (store == NULL || diptych_annotation_store_lookup (store, diptych_annotation_get_id (annotation)) != annotation)
    return FALSE;
  if (diptych_annotation_equal (annotation, edited))
    return FALSE;

  before = diptych_annotation_copy (annotation);
  diptych_annotation_assign (annotation, edited);
  record (self, document, before, annotation);
  return TRUE;
}

/**
 * diptych_annotation_history_reject_suggestion:
 * @kind: the suggestion's kind
 * @start: where it is, in code points
 * @end: its end, exclusive
 * @text: its words
 *
 * Rejects a suggestion in @document's store (see
 * diptych_annotation_store_reject_suggestion()), undoably: an undo offers
 * it again.
 *
 * Returns: whether it was not rejected before
 */
gboolean
diptych_annotation_history_reject_suggestion (DiptychAnnotationHistory  *self,
                                              DiptychAnnotationDocument *document,
                                              DiptychAnnotationKind      kind,
                                              gsize                      start,
                                              gsize                      end,
                                              const char                *text)
{
  DiptychAnnotationStore *store;
  Entry entry = { NULL, };

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (document), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (start <= end, FALSE);

  store = writable_store (document);
  if (store == NULL || !diptych_annotation_store_reject_suggestion (store, kind, start, end, text))
    return FALSE;

  entry.document = g_object_ref (document);
  entry.rejected = g_new0 (DiptychRejectedSuggestion, 1);
  entry.rejected->kind = kind;
  entry.rejected->start = start;
  entry.rejected->end = end;
  entry.rejected->text = g_strdup (text);
  entry.group = self->depth > 0 ? self->open_group : 0;
  g_array_append_val (self->undo, entry);
  g_array_set_size (self->redo, 0);
  notify_can (self);
  return TRUE;
}

/* Rejects the entry's suggestion again, or offers it again. */
static gboolean
apply_rejection (DiptychAnnotationHistory *self,
                 Entry                    *entry,
                 gboolean                  reject)
{
  DiptychAnnotationStore *store = writable_store (entry->document);
  const DiptychRejectedSuggestion *r = entry->rejected;

  if (store == NULL)
    return FALSE;
  if (reject)
    diptych_annotation_store_reject_suggestion (store, r->kind, r->start, r->end, r->text);
  else
    diptych_annotation_store_unreject_suggestion (store, r->kind, r->text);
  g_signal_emit (self, signals[APPLIED], 0, entry->document, NULL);
  return TRUE;
}

/* Puts @to in place of @from (either may be NULL) in the entry's document. */
static gboolean
apply (DiptychAnnotationHistory *self,
       Entry                    *entry,
       DiptychAnnotation        *from,
       DiptychAnnotation        *to)
{
  DiptychAnnotationStore *store = writable_store (entry->document);
  const char *id = diptych_annotation_get_id (from ? from : to);
  DiptychAnnotation *current;

  if (store == NULL)
    return FALSE;

  current = diptych_annotation_store_lookup (store, id);
  if (from != NULL && to != NULL && current != NULL)
    {
      diptych_annotation_assign (current, to);
    }
  else if (to != NULL)
    {
      g_autoptr(DiptychAnnotation) copy = diptych_annotation_copy (to);

      if (current != NULL)
        diptych_annotation_store_remove (store, current);
      diptych_annotation_store_add (store, copy);
      current = copy;
    }
  else if (current != NULL)
    {
      diptych_annotation_store_remove (store, current);
      current = NULL;
    }

  g_signal_emit (self, signals[APPLIED], 0, entry->document, current);
  return TRUE;
}

static gboolean
step_one (DiptychAnnotationHistory *self,
          GArray                   *from_stack,
          GArray                   *to_stack,
          gboolean                  backwards)
{
  Entry entry;

  entry = g_array_index (from_stack, Entry, from_stack->len - 1);
  if (entry.rejected != NULL)
    {
      if (!apply_rejection (self, &entry, !backwards))
        return FALSE;
    }
  else if (!apply (self, &entry, backwards ? entry.after : entry.before, backwards ? entry.before : entry.after))
    return FALSE;

  /* Move the entry across without freeing what it holds. */
  memset (&g_array_index (from_stack, Entry, from_stack->len - 1), 0, sizeof (Entry));
  g_array_set_size (from_stack, from_stack->len - 1);
  g_array_append_val (to_stack, entry);
  return TRUE;
}

/* The last entry, and with it every entry of its group. */
static gboolean
step (DiptychAnnotationHistory *self,
      GArray                   *from_stack,
      GArray                   *to_stack,
      gboolean                  backwards)
{
  guint group;
  gboolean any = FALSE;

  if (from_stack->len == 0)
    return FALSE;

  group = g_array_index (from_stack, Entry, from_stack->len - 1).group;
  do
    {
      if (!step_one (self, from_stack, to_stack, backwards))
        break;
      any = TRUE;
    }
  while (group != 0 && from_stack->len > 0 &&
         g_array_index (from_stack, Entry, from_stack->len - 1).group == group);

  if (any)
    notify_can (self);
  return any;
}

/**
 * diptych_annotation_history_begin_group:
 *
 * The changes made until the matching
 * diptych_annotation_history_end_group() are one step of undo and redo
 * ("Accept All Figures"). Groups nest: the outermost one counts.
 */
void
diptych_annotation_history_begin_group (DiptychAnnotationHistory *self)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self));

  if (self->depth++ == 0)
    self->open_group = ++self->last_group;
}

void
diptych_annotation_history_end_group (DiptychAnnotationHistory *self)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth == 0)
    self->open_group = 0;
}

/**
 * diptych_annotation_history_undo:
 *
 * Undoes the last change, in the document it was made in.
 *
 * Returns: whether there was one to undo and its document could take it
 */
gboolean
diptych_annotation_history_undo (DiptychAnnotationHistory *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self), FALSE);
  return step (self, self->undo, self->redo, TRUE);
}

gboolean
diptych_annotation_history_redo (DiptychAnnotationHistory *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self), FALSE);
  return step (self, self->redo, self->undo, FALSE);
}

gboolean
diptych_annotation_history_can_undo (DiptychAnnotationHistory *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
diptych_annotation_history_can_redo (DiptychAnnotationHistory *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

/**
 * diptych_annotation_history_get_n_undo:
 *
 * Returns: how many steps can be undone (a group counts once)
 */
guint
diptych_annotation_history_get_n_undo (DiptychAnnotationHistory *self)
{
  guint n = 0;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self), 0);

  for (guint i = 0; i < self->undo->len; i++)
    {
      guint group = g_array_index (self->undo, Entry, i).group;

      if (group == 0 || i + 1 == self->undo->len ||
          g_array_index (self->undo, Entry, i + 1).group != group)
        n++;
    }
  return n;
}

static void
forget_in (GArray                    *stack,
           DiptychAnnotationDocument *document)
{
  for (guint i = stack->len; i > 0; i--)
    if (g_array_index (stack, Entry, i - 1).document == document)
      g_array_remove_index (stack, i - 1);
}

/**
 * diptych_annotation_history_forget:
 *
 * Drops every entry made in @document: call it when the article is
 * closed, so that no undo can reach it afterwards.
 */
void
diptych_annotation_history_forget (DiptychAnnotationHistory  *self,
                                   DiptychAnnotationDocument *document)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self));
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_DOCUMENT (document));

  forget_in (self->undo, document);
  forget_in (self->redo, document);
  notify_can (self);
}

void
diptych_annotation_history_clear (DiptychAnnotationHistory *self)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_HISTORY (self));

  g_array_set_size (self->undo, 0);
  g_array_set_size (self->redo, 0);
  notify_can (self);
}

static void
diptych_annotation_history_finalize (GObject *object)
{
  DiptychAnnotationHistory *self = (DiptychAnnotationHistory *)object;

  g_array_unref (self->undo);
  g_array_unref (self->redo);

  G_OBJECT_CLASS (diptych_annotation_history_parent_class)->finalize (object);
}

static void
diptych_annotation_history_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  DiptychAnnotationHistory *self = DIPTYCH_ANNOTATION_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, diptych_annotation_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, diptych_annotation_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_annotation_history_class_init (DiptychAnnotationHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = diptych_annotation_history_finalize;
  object_class->get_property = diptych_annotation_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DiptychAnnotationHistory::applied:
   * @document: the document the undone or redone change was made in
   * @annotation: (nullable): the annotation as it is now, or %NULL when
   *   the step removed it or rejected or offered again a suggestion
   *
   * An undo or redo changed @document.
   */
  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                   DIPTYCH_TYPE_ANNOTATION_DOCUMENT, DIPTYCH_TYPE_ANNOTATION);
}

static void
diptych_annotation_history_init (DiptychAnnotationHistory *self)
{
  self->undo = g_array_new (FALSE, TRUE, sizeof (Entry));
  self->redo = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->undo, entry_clear);
  g_array_set_clear_func (self->redo, entry_clear);
}

DiptychAnnotationHistory *
diptych_annotation_history_new (void)
{
  return g_object_new (DIPTYCH_TYPE_ANNOTATION_HISTORY, NULL);
}
