// Node.js only: the classifier trainer on worker threads (training and calibration never block the caller's thread).
export { createWorkerTrainer, type TrainerOptions, type WorkerClassifierTrainer } from './classifier/workerTrainer.js';
