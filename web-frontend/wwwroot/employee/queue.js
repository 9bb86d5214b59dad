// Check-ins waiting to be sent, kept in IndexedDB so a dead zone, a closed tab or a restart loses none.
// Each keeps the id and the time it was taken; the time it is sent is added at each try (the server measures the clock then).
const DB = "bankhire-employee";
const STORE = "check-ins";

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, action) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const result = action(tx.objectStore(STORE));
    tx.oncomplete = () => { db.close(); resolve(result?.result); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  });
}

export const queue = {
  put: (checkIn) => run("readwrite", (s) => s.put(checkIn)),
  remove: (id) => run("readwrite", (s) => s.delete(id)),
  all: () => run("readonly", (s) => s.getAll()),
};
