/* diptych-annotation-store.c: the annotations of one article, sorted
 *
 * A GListModel of DiptychAnnotation ordered by start, then end. Spans may
 * overlap and nest. Links between annotations (a figure's source, a claim's
 * speaker) are ids: removing an annotation leaves links to it in place, so
 * that undoing the removal restores them, and check_links() reports every
 * link that points at nothing or at the wrong kind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diptych-annotation-store.h"

struct _DiptychAnnotationStore
{
  GObject      parent_instance;

  DiptychText *text;
  GPtrArray   *items;  /* DiptychAnnotation, sorted */
  GHashTable  *by_id;  /* id -> DiptychAnnotation */
  GArray      *rejected;  /* DiptychRejectedSuggestion, in the order rejected */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DiptychAnnotationStore, diptych_annotation_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
get_item_type (GListModel *model)
{
  return DIPTYCH_TYPE_ANNOTATION;
}

static guint
get_n_items (GListModel *model)
{
  return DIPTYCH_ANNOTATION_STORE (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  DiptychAnnotationStore *self = DIPTYCH_ANNOTATION_STORE (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static int
compare (DiptychAnnotation *a,
         DiptychAnnotation *b)
{
  gsize as = diptych_annotation_get_start (a), bs = diptych_annotation_get_start (b);
  gsize ae = diptych_annotation_get_end (a), be = diptych_annotation_get_end (b);

  if (as != bs)
    return as < bs ? -1 : 1;
  if (ae != be)
    return ae < be ? -1 : 1;
  return g_strcmp0 (diptych_annotation_get_id (a), diptych_annotation_get_id (b));
}

/* Where @annotation goes in the sorted list. */
static guint
insertion_point (DiptychAnnotationStore *self,
                 DiptychAnnotation      *annotation)
{
  guint lo = 0, hi = self->items->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (compare (g_ptr_array_index (self->items, mid), annotation) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
annotation_changed_cb (DiptychAnnotationStore *self,
                       DiptychAnnotation      *annotation)
{
  guint old_position, new_position;

  if (!g_ptr_array_find (self->items, annotation, &old_position))
    return;

  /* Keep the order: the span may have moved. */
  g_ptr_array_steal_index (self->items, old_position);
  new_position = insertion_point (self, annotation);
  g_ptr_array_insert (self->items, new_position, annotation);

  if (old_position == new_position)
    g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 1);
  else
    {
      g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 0);
      g_list_model_items_changed (G_LIST_MODEL (self), new_position, 0, 1);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
rejected_clear (gpointer data)
{
  g_free (((DiptychRejectedSuggestion *)data)->text);
}

static void
diptych_annotation_store_dispose (GObject *object)
{
  DiptychAnnotationStore *self = (DiptychAnnotationStore *)object;

  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->items, i), self);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->rejected, g_array_unref);
  g_clear_object (&self->text);

  G_OBJECT_CLASS (diptych_annotation_store_parent_class)->dispose (object);
}

static void
diptych_annotation_store_class_init (DiptychAnnotationStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = diptych_annotation_store_dispose;

  /**
   * DiptychAnnotationStore::changed:
   *
   * Emitted after any annotation was added, removed or changed: the moment
   * to save.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
diptych_annotation_store_init (DiptychAnnotationStore *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->rejected = g_array_new (FALSE, TRUE, sizeof (DiptychRejectedSuggestion));
  g_array_set_clear_func (self->rejected, rejected_clear);
}

/**
 * diptych_annotation_store_new:
 * @text: the article the annotations belong to
 *
 * Returns: (transfer full): an empty store
 */
DiptychAnnotationStore *
diptych_annotation_store_new (DiptychText *text)
{
  DiptychAnnotationStore *self;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), NULL);

  self = g_object_new (DIPTYCH_TYPE_ANNOTATION_STORE, NULL);
  self->text = g_object_ref (text);
  return self;
}

/**
 * diptych_annotation_store_get_text:
 *
 * Returns: (transfer none): the article
 */
DiptychText *
diptych_annotation_store_get_text (DiptychAnnotationStore *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), NULL);

  return self->text;
}

/**
 * diptych_annotation_store_add:
 *
 * Adds @annotation at its place in the order. An annotation with the same
 * id as one in the store is refused (a programming error).
 */
void
diptych_annotation_store_add (DiptychAnnotationStore *self,
                              DiptychAnnotation      *annotation)
{
  guint position;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self));
  g_return_if_fail (DIPTYCH_IS_ANNOTATION (annotation));
  g_return_if_fail (!g_hash_table_contains (self->by_id, diptych_annotation_get_id (annotation)));

  position = insertion_point (self, annotation);
  g_ptr_array_insert (self->items, position, g_object_ref (annotation));
  g_hash_table_insert (self->by_id, (gpointer)diptych_annotation_get_id (annotation), annotation);
  /* Not g_signal_connect_object(): the store holds the annotation and
   * disconnects before letting it go, and a weak reference per item made
   * freeing a large store quadratic.
   */
  g_signal_connect_swapped (annotation, "changed", G_CALLBACK (annotation_changed_cb), self);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_signal_emit (self, signals[CHANGED], 0);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  return compare (*(DiptychAnnotation **)a, *(DiptychAnnotation **)b);
}

/**
 * diptych_annotation_store_add_all:
 * @annotations: (element-type DiptychAnnotation): annotations with ids
 *   distinct from each other and from those in the store
 *
 * Adds each of @annotations, as diptych_annotation_store_add() would, with
 * one sort and one notification: loading a sidecar of many annotations
 * costs n log n, not n².
 */
void
diptych_annotation_store_add_all (DiptychAnnotationStore *self,
                                  GPtrArray              *annotations)
{
  guint n_before;

  g_return_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self));
  g_return_if_fail (annotations != NULL);

  if (annotations->len == 0)
    return;

  for (guint i = 0; i < annotations->len; i++)
    {
      DiptychAnnotation *annotation = g_ptr_array_index (annotations, i);

      g_return_if_fail (DIPTYCH_IS_ANNOTATION (annotation));
      g_return_if_fail (!g_hash_table_contains (self->by_id, diptych_annotation_get_id (annotation)));
    }

  n_before = self->items->len;
  for (guint i = 0; i < annotations->len; i++)
    {
      DiptychAnnotation *annotation = g_ptr_array_index (annotations, i);

      g_hash_table_insert (self->by_id, (gpointer)diptych_annotation_get_id (annotation), annotation);
      g_ptr_array_add (self->items, g_object_ref (annotation));
      g_signal_connect_swapped (annotation, "changed", G_CALLBACK (annotation_changed_cb), self);
    }
  g_ptr_array_sort (self->items, compare_items);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->items->len);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * diptych_annotation_store_remove:
 *
 * Returns: whether @annotation was in the store
 */
gboolean
diptych_annotation_store_remove (DiptychAnnotationStore *self,
                                 DiptychAnnotation      *annotation)
{
  guint position;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), FALSE);
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION (annotation), FALSE);

  if (!g_ptr_array_find (self->items, annotation, &position))
    return FALSE;

  g_signal_handlers_disconnect_by_data (annotation, self);
  g_hash_table_remove (self->by_id, diptych_annotation_get_id (annotation));
  g_ptr_array_remove_index (self->items, position);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * diptych_annotation_store_lookup:
 *
 * Returns: (transfer none) (nullable): the annotation with @id
 */
DiptychAnnotation *
diptych_annotation_store_lookup (DiptychAnnotationStore *self,
                                 const char             *id)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_id, id);
}

static void
check_link (DiptychAnnotationStore *self,
            GPtrArray              *problems,
            DiptychAnnotation      *annotation,
            const char             *link_name,
            const char             *target_id,
            DiptychAnnotationKind   expected)
{
  DiptychAnnotation *target;

  if (target_id == NULL)
    return;

  target = diptych_annotation_store_lookup (self, target_id);
  if (target == NULL)
    g_ptr_array_add (problems,
                     /* Translators: annotation “id”: its “source” is “id”, which … */
                     g_strdup_printf (_("annotation “%s”: its “%s” is “%s”, which is not an annotation of this article"),
                                      diptych_annotation_get_id (annotation), link_name, target_id));
  else if (diptych_annotation_get_kind (target) != expected)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("annotation “%s”: its “%s” is “%s”, which is a %s, not a %s"),
                                      diptych_annotation_get_id (annotation), link_name, target_id,
                                      diptych_annotation_kind_to_string (diptych_annotation_get_kind (target)),
                                      diptych_annotation_kind_to_string (expected)));
}

static DiptychAnnotation *
subset_of (DiptychAnnotationStore *self,
           DiptychAnnotation      *annotation)
{
  DiptychAnnotation *target;

  if (diptych_annotation_get_kind (annotation) != DIPTYCH_ANNOTATION_CASUALTY ||
      diptych_annotation_get_casualty (annotation)->subset_of == NULL)
    return NULL;
  target = diptych_annotation_store_lookup (self, diptych_annotation_get_casualty (annotation)->subset_of);
  return target && diptych_annotation_get_kind (target) == DIPTYCH_ANNOTATION_CASUALTY ? target : NULL;
}

/* Figures that are, through "subset_of", part of themselves: each cycle
 * once, in linear time (every figure is walked from once).
 */
static void
check_cycles (DiptychAnnotationStore *self,
              GPtrArray              *problems)
{
  enum { WALKING = 1, DONE = 2 };
  g_autoptr(GHashTable) state = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (guint i = 0; i < self->items->len; i++)
    {
      DiptychAnnotation *at = g_ptr_array_index (self->items, i);

      g_ptr_array_set_size (path, 0);
      while (at != NULL && !g_hash_table_contains (state, at))
        {
          g_hash_table_insert (state, at, GINT_TO_POINTER (WALKING));
          g_ptr_array_add (path, at);
          at = subset_of (self, at);
        }

      if (at != NULL && GPOINTER_TO_INT (g_hash_table_lookup (state, at)) == WALKING)
        {
          g_autoptr(GString) cycle = g_string_new (NULL);
          guint first;

          g_ptr_array_find (path, at, &first);
          for (guint k = first; k < path->len; k++)
            g_string_append_printf (cycle, "“%s” → ",
                                    diptych_annotation_get_id (g_ptr_array_index (path, k)));
          g_string_append_printf (cycle, "“%s”", diptych_annotation_get_id (at));
          g_ptr_array_add (problems,
                           /* Translators: the ids in the cycle, as “a” → “b” → “a” */
                           g_strdup_printf (_("casualty figures are part of themselves through “subset_of”: %s"),
                                            cycle->str));
        }

      for (guint k = 0; k < path->len; k++)
        g_hash_table_insert (state, g_ptr_array_index (path, k), GINT_TO_POINTER (DONE));
    }
}

/**
 * diptych_annotation_store_check_links:
 *
 * Returns: (transfer full) (element-type utf8): a message for each link
 *   that points at no annotation, or at one of the wrong kind, and for
 *   each cycle of "subset_of" links (a figure that is part of itself)
 */
GPtrArray *
diptych_annotation_store_check_links (DiptychAnnotationStore *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), problems);

  for (guint i = 0; i < self->items->len; i++)
    {
      DiptychAnnotation *annotation = g_ptr_array_index (self->items, i);

      switch (diptych_annotation_get_kind (annotation))
        {
        case DIPTYCH_ANNOTATION_CASUALTY:
          check_link (self, problems, annotation, "source",
                      diptych_annotation_get_casualty (annotation)->source,
                      DIPTYCH_ANNOTATION_SOURCE);
          check_link (self, problems, annotation, "subset_of",
                      diptych_annotation_get_casualty (annotation)->subset_of,
                      DIPTYCH_ANNOTATION_CASUALTY);
          break;
        case DIPTYCH_ANNOTATION_CLAIM:
          check_link (self, problems, annotation, "speaker",
                      diptych_annotation_get_claim (annotation)->speaker,
                      DIPTYCH_ANNOTATION_SOURCE);
          break;
        case DIPTYCH_ANNOTATION_SOURCE:
        default:
          break;
        }
    }
  check_cycles (self, problems);
  return problems;
}

guint
diptych_annotation_store_count_anchor (DiptychAnnotationStore *self,
                                       DiptychAnchorStatus     anchor)
{
  guint n = 0;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    if (diptych_annotation_get_anchor (g_ptr_array_index (self->items, i)) == anchor)
      n++;
  return n;
}

static gint
find_rejected (DiptychAnnotationStore *self,
               DiptychAnnotationKind   kind,
               const char             *text)
{
  for (guint i = 0; i < self->rejected->len; i++)
    {
      const DiptychRejectedSuggestion *r = &g_array_index (self->rejected, DiptychRejectedSuggestion, i);

      if (r->kind == kind && g_str_equal (r->text, text))
        return i;
    }
  return -1;
}

/**
 * diptych_annotation_store_reject_suggestion:
 * @kind: the suggestion's kind
 * @start: where it was, in code points
 * @end: its end, exclusive
 * @text: its words
 *
 * Remembers that the annotator does not want this suggestion: a
 * suggestion of @kind with the words @text is not offered again, wherever
 * it is after the article was edited. Saved in the sidecar
 * ("rejected_suggestions").
 *
 * Returns: whether it was not rejected before
 */
gboolean
diptych_annotation_store_reject_suggestion (DiptychAnnotationStore *self,
                                            DiptychAnnotationKind   kind,
                                            gsize                   start,
                                            gsize                   end,
                                            const char             *text)
{
  DiptychRejectedSuggestion r = { kind, start, end, NULL };

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (start <= end, FALSE);

  if (find_rejected (self, kind, text) >= 0)
    return FALSE;

  r.text = g_strdup (text);
  g_array_append_val (self->rejected, r);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * diptych_annotation_store_unreject_suggestion:
 *
 * Offers a rejected suggestion again.
 *
 * Returns: whether it was rejected
 */
gboolean
diptych_annotation_store_unreject_suggestion (DiptychAnnotationStore *self,
                                              DiptychAnnotationKind   kind,
                                              const char             *text)
{
  gint i;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  i = find_rejected (self, kind, text);
  if (i < 0)
    return FALSE;
  g_array_remove_index (self->rejected, i);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
diptych_annotation_store_is_rejected (DiptychAnnotationStore *self,
                                      DiptychAnnotationKind   kind,
                                      const char             *text)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  return find_rejected (self, kind, text) >= 0;
}

guint
diptych_annotation_store_get_n_rejected (DiptychAnnotationStore *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), 0);
  return self->rejected->len;
}

/**
 * diptych_annotation_store_get_rejected:
 *
 * Returns: (transfer none): the @i-th rejected suggestion
 */
const DiptychRejectedSuggestion *
diptych_annotation_store_get_rejected (DiptychAnnotationStore *self,
                                       guint                   i)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (self), NULL);
  g_return_val_if_fail (i < self->rejected->len, NULL);
  return &g_array_index (self->rejected, DiptychRejectedSuggestion, i);
}
